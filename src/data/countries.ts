// Country facts shared by every stage: ISO 3166-1 alpha-3 code (ISO 3166-2 for the nations of the UK) | common
// name | other names | demonyms (adjective form) | capitals and seats of government. Fields are separated by "|",
// alternatives by ";". A form marked "~" is one news writes (a former name, an old spelling, a second seat of
// government such as Lagos) that the entity tagger's gazetteer feature leaves out: its model was trained without
// them, so adding them there needs a retraining. Facts only, written for this project.
const COUNTRY_TABLE = `
AFG|Afghanistan||Afghan;~Afghani|Kabul
ALB|Albania||Albanian|Tirana
DZA|Algeria||Algerian|Algiers
AND|Andorra||Andorran|Andorra la Vella
AGO|Angola||Angolan|Luanda
ATG|Antigua and Barbuda||Antiguan|Saint John's
ARG|Argentina||Argentine;Argentinian|Buenos Aires
ARM|Armenia||Armenian|Yerevan
AUS|Australia||Australian|Canberra
AUT|Austria||Austrian|Vienna
AZE|Azerbaijan||Azerbaijani;Azeri|Baku
BHS|Bahamas|The Bahamas|Bahamian|Nassau
BHR|Bahrain||Bahraini|Manama
BGD|Bangladesh||Bangladeshi|Dhaka
BRB|Barbados||Barbadian|Bridgetown
BLR|Belarus|Byelorussia|Belarusian|Minsk
BEL|Belgium||Belgian|Brussels
BLZ|Belize||Belizean|Belmopan
BEN|Benin||Beninese|Porto-Novo;~Cotonou
BTN|Bhutan||Bhutanese|Thimphu
BOL|Bolivia||Bolivian|Sucre;La Paz
BIH|Bosnia and Herzegovina|Bosnia;Bosnia-Herzegovina|Bosnian;~Bosniak|Sarajevo
BWA|Botswana||Botswanan;Motswana|Gaborone
BRA|Brazil||Brazilian|Brasilia;Brasília
BRN|Brunei||Bruneian|Bandar Seri Begawan
BGR|Bulgaria||Bulgarian|Sofia
BFA|Burkina Faso||Burkinabe|Ouagadougou
BDI|Burundi||Burundian|Gitega;~Bujumbura
KHM|Cambodia||Cambodian;~Khmer|Phnom Penh
CMR|Cameroon||Cameroonian|Yaounde;Yaoundé
CAN|Canada||Canadian|Ottawa
CPV|Cape Verde|Cabo Verde|Cape Verdean|Praia
CAF|Central African Republic||Central African|Bangui
TCD|Chad||Chadian|N'Djamena
CHL|Chile||Chilean|Santiago
CHN|China|People's Republic of China;PRC|Chinese|Beijing;~Peking
COL|Colombia||Colombian|Bogota;Bogotá
COM|Comoros||Comorian|Moroni
COD|Democratic Republic of the Congo|DR Congo;DRC;Congo-Kinshasa;Zaire;~Congo;~Democratic Republic of Congo;~D.R. Congo|Congolese|Kinshasa
COG|Congo|Republic of the Congo;Congo-Brazzaville;~Republic of Congo|Congolese|Brazzaville
CRI|Costa Rica||Costa Rican|San Jose;San José
CIV|Ivory Coast|Cote d'Ivoire;Côte d'Ivoire|Ivorian|Yamoussoukro;Abidjan
HRV|Croatia||Croatian;Croat|Zagreb
CUB|Cuba||Cuban|Havana
CYP|Cyprus||Cypriot|Nicosia
CZE|Czech Republic|Czechia;~Czechoslovakia|Czech;~Czechs;~Czechoslovak|Prague
DNK|Denmark||Danish;Dane|Copenhagen
DJI|Djibouti||Djiboutian|Djibouti
DMA|Dominica|||Roseau
DOM|Dominican Republic||Dominican|Santo Domingo
ECU|Ecuador||Ecuadorian;~Ecuadorean|Quito
EGY|Egypt||Egyptian|Cairo
SLV|El Salvador||Salvadoran|San Salvador
GNQ|Equatorial Guinea||Equatorial Guinean|Malabo
ERI|Eritrea||Eritrean|Asmara
EST|Estonia||Estonian|Tallinn
SWZ|Eswatini|Swaziland|Swazi|Mbabane
ETH|Ethiopia|~Ethopia|Ethiopian|Addis Ababa
FJI|Fiji||Fijian|Suva
FIN|Finland||Finnish;Finn|Helsinki
FRA|France||French|Paris
GAB|Gabon||Gabonese|Libreville
GMB|Gambia|The Gambia|Gambian|Banjul
GEO|Georgia||Georgian|Tbilisi
DEU|Germany|Federal Republic of Germany;~West Germany;~East Germany|German|Berlin;~Bonn
GHA|Ghana||Ghanaian|Accra
GRC|Greece||Greek|Athens
GRD|Grenada||Grenadian|St. George's
GTM|Guatemala||Guatemalan|Guatemala City
GIN|Guinea||Guinean|Conakry
GNB|Guinea-Bissau||Bissau-Guinean|Bissau
GUY|Guyana||Guyanese|Georgetown
HTI|Haiti||Haitian|Port-au-Prince
HND|Honduras||Honduran|Tegucigalpa
HUN|Hungary||Hungarian|Budapest
ISL|Iceland||Icelandic;Icelander|Reykjavik
IND|India||Indian|New Delhi
IDN|Indonesia||Indonesian|Jakarta
IRN|Iran|Islamic Republic of Iran|Iranian;~Persian|Tehran;~Teheran
IRQ|Iraq||Iraqi|Baghdad
IRL|Ireland|Republic of Ireland|Irish|Dublin
ISR|Israel||Israeli|Jerusalem;~Tel Aviv
ITA|Italy||Italian|Rome
JAM|Jamaica||Jamaican|Kingston
JPN|Japan||Japanese|Tokyo
JOR|Jordan||Jordanian|Amman
KAZ|Kazakhstan||Kazakh;Kazakhstani|Astana;~Almaty
KEN|Kenya||Kenyan|Nairobi
KIR|Kiribati||I-Kiribati|Tarawa
PRK|North Korea|Democratic People's Republic of Korea;DPRK|North Korean|Pyongyang
KOR|South Korea|Republic of Korea;Korea|South Korean;Korean|Seoul
KWT|Kuwait||Kuwaiti|Kuwait City
KGZ|Kyrgyzstan||Kyrgyz|Bishkek
LAO|Laos||Lao;Laotian|Vientiane
LVA|Latvia||Latvian|Riga
LBN|Lebanon||Lebanese|Beirut
LSO|Lesotho||Basotho|Maseru
LBR|Liberia||Liberian|Monrovia
LBY|Libya||Libyan|Tripoli
LIE|Liechtenstein||Liechtensteiner|Vaduz
LTU|Lithuania||Lithuanian|Vilnius
LUX|Luxembourg||Luxembourgish;Luxembourger|Luxembourg
MDG|Madagascar||Malagasy|Antananarivo
MWI|Malawi||Malawian|Lilongwe
MYS|Malaysia||Malaysian|Kuala Lumpur
MDV|Maldives||Maldivian|Male;Malé
MLI|Mali||Malian|Bamako
MLT|Malta||Maltese|Valletta
MHL|Marshall Islands||Marshallese|Majuro
MRT|Mauritania||Mauritanian|Nouakchott
MUS|Mauritius||Mauritian|Port Louis
MEX|Mexico||Mexican|Mexico City
FSM|Micronesia||Micronesian|Palikir
MDA|Moldova||Moldovan|Chisinau;Chișinău
MCO|Monaco||Monegasque|Monaco
MNG|Mongolia||Mongolian|Ulaanbaatar;Ulan Bator
MNE|Montenegro||Montenegrin|Podgorica
MAR|Morocco|~Kingdom of Morocco|Moroccan|Rabat
MOZ|Mozambique||Mozambican|Maputo
MMR|Myanmar|Burma|Myanmar;Burmese|Naypyidaw;Naypyitaw;Nay Pyi Taw;~Yangon;~Rangoon
NAM|Namibia||Namibian|Windhoek
NRU|Nauru||Nauruan|Yaren
NPL|Nepal||Nepalese;Nepali|Kathmandu
NLD|Netherlands|Holland;The Netherlands|Dutch|Amsterdam;The Hague
NZL|New Zealand||New Zealander|Wellington
NIC|Nicaragua||Nicaraguan|Managua
NER|Niger||Nigerien|Niamey
NGA|Nigeria||Nigerian|Abuja;~Lagos
MKD|North Macedonia|Macedonia|Macedonian|Skopje
NOR|Norway||Norwegian|Oslo
OMN|Oman||Omani|Muscat
PAK|Pakistan||Pakistani|Islamabad
PLW|Palau||Palauan|Ngerulmud
PSE|Palestine|Palestinian Territories;State of Palestine;~Gaza;~Gaza Strip;~West Bank|Palestinian|Ramallah
PAN|Panama||Panamanian|Panama City
PNG|Papua New Guinea||Papua New Guinean|Port Moresby
PRY|Paraguay||Paraguayan|Asuncion;Asunción
PER|Peru||Peruvian|Lima
PHL|Philippines|The Philippines|Filipino;Philippine|Manila
POL|Poland||Polish;Pole|Warsaw
PRT|Portugal||Portuguese|Lisbon
QAT|Qatar|~Quatar|Qatari|Doha
ROU|Romania||Romanian|Bucharest
RUS|Russia|Russian Federation;~Soviet Union;~USSR|Russian;~Soviet|Moscow
RWA|Rwanda||Rwandan|Kigali
KNA|Saint Kitts and Nevis||Kittitian|Basseterre
LCA|Saint Lucia||Saint Lucian|Castries
VCT|Saint Vincent and the Grenadines||Vincentian|Kingstown
WSM|Samoa||Samoan|Apia
SMR|San Marino||Sammarinese|San Marino
STP|Sao Tome and Principe|São Tomé and Príncipe|Santomean|Sao Tome
SAU|Saudi Arabia||Saudi;Saudi Arabian|Riyadh
SEN|Senegal||Senegalese|Dakar
SRB|Serbia|~Yugoslavia|Serbian;Serb;~Yugoslav|Belgrade
SYC|Seychelles||Seychellois|Victoria
SLE|Sierra Leone||Sierra Leonean|Freetown
SGP|Singapore||Singaporean|Singapore
SVK|Slovakia||Slovak|Bratislava
SVN|Slovenia||Slovenian;Slovene|Ljubljana
SLB|Solomon Islands||Solomon Islander|Honiara
SOM|Somalia||Somali|Mogadishu
ZAF|South Africa||South African|Pretoria;Cape Town;~Johannesburg
SSD|South Sudan||South Sudanese|Juba
ESP|Spain||Spanish;Spaniard|Madrid
LKA|Sri Lanka|Ceylon|Sri Lankan|Colombo;Sri Jayawardenepura Kotte
SDN|Sudan||Sudanese|Khartoum;~Omdurman
SUR|Suriname||Surinamese|Paramaribo
SWE|Sweden||Swedish;Swede|Stockholm
CHE|Switzerland||Swiss|Bern;Berne
SYR|Syria||Syrian|Damascus
TWN|Taiwan|Republic of China|Taiwanese|Taipei
TJK|Tajikistan||Tajik|Dushanbe
TZA|Tanzania||Tanzanian|Dodoma;~Dar es Salaam
THA|Thailand|Siam|Thai|Bangkok
TLS|East Timor|Timor-Leste|Timorese;~East Timorese|Dili
TGO|Togo||Togolese|Lome;Lomé
TON|Tonga||Tongan|Nuku'alofa
TTO|Trinidad and Tobago|~Trinidad|Trinidadian|Port of Spain
TUN|Tunisia||Tunisian|Tunis
TUR|Turkey|Turkiye;Türkiye|Turkish;Turk|Ankara
TKM|Turkmenistan||Turkmen|Ashgabat
TUV|Tuvalu||Tuvaluan|Funafuti
UGA|Uganda||Ugandan|Kampala
UKR|Ukraine||Ukrainian|Kyiv;Kiev
ARE|United Arab Emirates|UAE;U.A.E.;Emirates|Emirati|Abu Dhabi
GBR|United Kingdom|Britain;Great Britain;UK;U.K.;~Northern Ireland|British;Briton|London
USA|United States|United States of America;USA;US;U.S.;U.S.A.;America|American|Washington
URY|Uruguay||Uruguayan|Montevideo
UZB|Uzbekistan||Uzbek|Tashkent
VUT|Vanuatu||Ni-Vanuatu|Port Vila
VAT|Vatican City|Holy See;Vatican||Vatican City
VEN|Venezuela||Venezuelan|Caracas
VNM|Vietnam|Viet Nam|Vietnamese|Hanoi
YEM|Yemen||Yemeni|Sanaa;Sana'a
ZMB|Zambia||Zambian|Lusaka
ZWE|Zimbabwe||Zimbabwean|Harare
XKX|Kosovo||Kosovar;Kosovan|Pristina
HKG|Hong Kong||Hong Konger|Hong Kong
GB-ENG|England||English|London
GB-SCT|Scotland||Scottish;Scot|Edinburgh
GB-WLS|Wales||Welsh|Cardiff
`;

/**
 * Cities and regions often in the news that are not capitals, and peoples named without their state: code | places |
 * peoples. A city names a place (and its country), not a government; a people's name gives the country it mostly
 * lives in.
 */
const PLACE_TABLE = `
AFG|Kandahar,Herat,Mazar-i-Sharif,Jalalabad,Helmand,Kunduz,Ghazni,Khost,Paktia,Paktika,Nangarhar,Logar,Wardak,Bamiyan,Badakhshan,Uruzgan,Zabul,Farah,Kunar|Pashtun,Pashtuns
ARE|Dubai,Sharjah|
AUS|Sydney,Melbourne|
AZE|Nagorno-Karabakh,Karabakh|
BGD|Chittagong,Sylhet,Khulna,Cox's Bazar|
BIH|Gorazde,Srebrenica,Mostar,Banja Luka,Tuzla|
BRA|Sao Paulo,São Paulo,Rio de Janeiro,Recife,Porto Alegre,Belo Horizonte,Manaus|
CAN|Toronto,Montreal,Vancouver,Quebec,Calgary,Alberta,Ontario,British Columbia|
CHE|Geneva,Zurich,Davos|
CHN|Shanghai,Xinjiang,Tibet,Guangzhou,Shenzhen,Wuhan,Tianjin,Chongqing,Chengdu,Nanjing,Hangzhou,Xiamen,Guangdong,Fujian,Sichuan,Yunnan,Inner Mongolia,Harbin,Lhasa,Urumqi,Kashgar|Uighur,Uighurs,Uyghur,Uyghurs,Tibetan,Tibetans
COD|Goma,Kivu,Lubumbashi|
COL|Medellin,Medellín,Cali,Cartagena,Barranquilla,Antioquia|
DEU|Hamburg,Munich,Frankfurt,Cologne,Stuttgart,Dresden,Leipzig,Bavaria|
CYP||Greek Cypriot,Greek Cypriots,Turkish Cypriot,Turkish Cypriots
EGY|Alexandria,Sinai,Port Said,Luxor,Aswan,Suez,Ismailia,Giza,Sharm el-Sheikh|
ESP|Barcelona,Catalonia,Basque Country,Seville,Valencia,Bilbao,Malaga,Andalusia,Canary Islands|Basque,Basques,Catalan
ETH|Tigray,Amhara|Tigrayan,Tigrayans,Oromo
FRA|Marseille,Corsica,Lyon,Toulouse,Bordeaux,Lille,Strasbourg,Nantes,Calais|Corsican
GBR|Belfast,Manchester,Birmingham,Edinburgh,Glasgow|
IDN|Aceh,Papua,Bali,Surabaya,Java,East Java,West Java,Central Java,Sumatra,Borneo,Kalimantan,Sulawesi,Medan,Bandung,Yogyakarta,Ambon,Maluku,Poso|
IND|Mumbai,Bombay,Kashmir,Calcutta,Kolkata,Chennai,Punjab,Assam,Bangalore,Bengaluru,Hyderabad,Ahmedabad,Gujarat,Kerala,Bihar,Uttar Pradesh,Maharashtra,Tamil Nadu,Karnataka,Manipur,Nagaland,Srinagar,Jammu,Ayodhya,Lucknow,Pune,Odisha,Orissa,Chhattisgarh,Jharkhand,West Bengal|Kashmiri,Kashmiris,Sikh,Sikhs
IRN|Isfahan,Mashhad,Tabriz,Shiraz,Qom,Bushehr,Natanz,Ahvaz|
IRQ|Basra,Mosul,Fallujah,Kirkuk,Samarra,Tikrit,Najaf,Karbala,Ramadi,Erbil,Kurdistan,Anbar,Diyala,Baquba,Baqubah,Sulaimaniya,Sulaymaniyah,Nineveh,Salahuddin|
ISR|Haifa,Golan Heights,Eilat,Ashkelon,Ashdod,Sderot,Beersheba,Netanya|
ITA|Milan,Naples,Genoa,Venice,Sicily,Florence,Turin,Bologna,Palermo,Sardinia,Lampedusa|
JPN|Osaka,Kyoto,Okinawa,Hiroshima,Nagasaki,Fukushima,Yokohama,Kobe,Sapporo,Hokkaido|
KEN|Mombasa,Kisumu|
KOR|Busan,Pusan,Incheon,Gwangju,Daegu|
LBN|Tyre,Sidon,Bekaa,Baalbek,Nabatiyeh|
LBY|Benghazi,Misrata,Sirte|
LKA|Jaffna,Kandy,Trincomalee|Tamil,Tamils
MEX|Guadalajara,Monterrey,Tijuana,Ciudad Juarez,Juarez,Acapulco,Chiapas,Oaxaca,Sinaloa,Michoacan,Tamaulipas,Veracruz,Culiacan|
MLI|Timbuktu,Gao,Kidal,Mopti|
MMR|Mandalay,Rakhine,Kachin State,Shan State,Karen State,Sagaing|Rohingya
NGA|Kano,Maiduguri,Borno,Port Harcourt,Kaduna,Plateau State,Zamfara,Katsina,Ibadan,Enugu,Yobe,Adamawa,Niger Delta|Yoruba,Igbo,Hausa
PAK|Karachi,Lahore,Peshawar,Quetta,Balochistan,Waziristan,Rawalpindi,Multan,Faisalabad,Swat,Khyber,Khyber Pakhtunkhwa,Sindh,Bajaur|Baloch,Balochs
PHL|Mindanao,Cebu,Davao,Zamboanga,Jolo,Sulu,Basilan,Marawi,Quezon City,Luzon|
PSE|Hebron,Jericho,Rafah,Khan Younis,Nablus,Jenin,Bethlehem,Gaza City|
RUS|St Petersburg,St. Petersburg,Saint Petersburg,Vladivostok,Chechnya,Grozny,Dagestan,Siberia,Kursk,Belgorod,Yekaterinburg,Novosibirsk,Kazan,Murmansk,Kaliningrad,Sochi,Ingushetia,Nalchik,Rostov,Volgograd,Krasnodar,Tatarstan|Chechen,Chechens
RWA|Butare|Hutu,Hutus,Tutsi,Tutsis
SAU|Jeddah,Mecca,Medina,Dammam,Dhahran,Qatif|
SDN|Darfur,Kordofan,El Fasher|Darfuri
SOM|Kismayo,Puntland,Baidoa,Beledweyne,Galkayo,Somaliland,Hargeisa|
SYR|Aleppo,Homs,Idlib,Raqqa,Deir ez-Zor,Latakia,Daraa,Deraa,Hama,Ghouta,Eastern Ghouta,Douma,Palmyra,Kobani,Afrin,Qamishli,Hasakah,Tartus|
THA|Chiang Mai,Phuket,Pattani,Yala,Narathiwat,Songkhla,Chiang Rai|
TUR|Istanbul,Izmir,Diyarbakir,Cizre,Adana,Antalya,Bursa,Gaziantep,Hatay,Sanliurfa|
UKR|Crimea,Donbas,Donetsk,Luhansk,Kharkiv,Odesa,Odessa,Mariupol,Bakhmut,Zaporizhzhia,Kherson,Lviv,Dnipro,Zaporizhia,Sumy,Chernihiv,Poltava,Mykolaiv,Kramatorsk,Sloviansk,Avdiivka,Bucha,Irpin|
USA|New York,Los Angeles,Chicago,Guantanamo,Texas,California,Florida,New Jersey,Washington DC,Washington D.C.,Boston,Philadelphia,San Francisco,Miami,Seattle,Atlanta,Houston,Dallas,Detroit,Baltimore,Ferguson,Minneapolis,Portland,Las Vegas,New Orleans,Puerto Rico,Guam,Hawaii,Alaska,Virginia,Ohio,Michigan,Arizona,Oregon,Pennsylvania,Illinois,Missouri|
VEN|Maracaibo|
YEM|Aden,Taiz,Hodeidah,Marib,Saada|
ZAF|Durban,Soweto|Zulu,Zulus
`;

export interface Country {
  /** ISO 3166-1 alpha-3 code, e.g. `MMR` (`GB-ENG` and the like for the nations of the UK). */
  iso3: string;
  /** The common English name, used as the canonical name. */
  name: string;
  otherNames: string[];
  /** Adjective forms ("Russian"); plurals are derived by whoever needs them. */
  demonyms: string[];
  capitals: string[];
  /** The "~" forms: names, demonyms and seats that news uses beside the ones above. */
  newsNames: string[];
  newsDemonyms: string[];
  newsSeats: string[];
}

export interface Places {
  iso3: string;
  places: string[];
  peoples: string[];
}

function parseCountries(table: string): Country[] {
  const countries: Country[] = [];
  for (const line of table.split('\n')) {
    const fields = line.split('|');
    if (fields.length !== 5) continue;
    const all = (field: string | undefined): string[] => (field ? field.split(';').filter(Boolean) : []);
    const core = (field: string | undefined): string[] => all(field).filter((form) => !form.startsWith('~'));
    const news = (field: string | undefined): string[] => all(field).filter((form) => form.startsWith('~')).map((form) => form.slice(1));
    countries.push({
      iso3: fields[0]!,
      name: fields[1]!,
      otherNames: core(fields[2]),
      demonyms: core(fields[3]),
      capitals: core(fields[4]),
      newsNames: news(fields[2]),
      newsDemonyms: news(fields[3]),
      newsSeats: news(fields[4]),
    });
  }
  return countries;
}

export const COUNTRIES: readonly Country[] = parseCountries(COUNTRY_TABLE);

export const PLACES: readonly Places[] = PLACE_TABLE.trim()
  .split('\n')
  .map((line) => {
    const [iso3, places, peoples] = line.split('|');
    const list = (field: string | undefined): string[] => (field ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    return { iso3: iso3!.trim(), places: list(places), peoples: list(peoples) };
  });

/** The country part of a CAMEO actor code: the nations of the UK act as the United Kingdom. */
export function actorCountryCode(iso3: string): string {
  return iso3.startsWith('GB-') ? 'GBR' : iso3;
}

/** Curly apostrophes and a leading "the" do not change which country is named. */
export function normalizeCountryName(name: string): string {
  return name.replace(/’/g, "'").replace(/^the\s+/i, '').trim();
}

/** English plural of a demonym used as a noun ("Afghans", "Poles"); null when it has none ("Chinese", "Swiss"). */
export function demonymPlural(demonym: string): string | null {
  return /(?:ese|s|sh|ch|x|z)$/.test(demonym) ? null : `${demonym}s`;
}

let byIso3: Map<string, Country> | null = null;

export function countryByIso3(code: string): Country | undefined {
  byIso3 ??= new Map(COUNTRIES.map((country) => [country.iso3, country]));
  return byIso3.get(code);
}
