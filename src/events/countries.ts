// Country names, demonyms and capitals with their ISO 3166 alpha-3 codes: the country part of a CAMEO actor code.
// One line per country: CODE | names | demonyms (adjective, plural) | capitals and metonyms (seat of government).
// A capital used as subject ("Moscow said") stands for the government, as news style does.

const COUNTRY_TABLE = `
AFG|Afghanistan|Afghan,Afghans,Afghani|Kabul
ALB|Albania|Albanian,Albanians|Tirana
DZA|Algeria|Algerian,Algerians|Algiers
AGO|Angola|Angolan,Angolans|Luanda
ARG|Argentina|Argentine,Argentinian,Argentines,Argentinians|Buenos Aires
ARM|Armenia|Armenian,Armenians|Yerevan
AUS|Australia|Australian,Australians|Canberra
AUT|Austria|Austrian,Austrians|Vienna
AZE|Azerbaijan|Azerbaijani,Azeri,Azerbaijanis,Azeris|Baku
BHR|Bahrain|Bahraini,Bahrainis|Manama
BGD|Bangladesh|Bangladeshi,Bangladeshis|Dhaka
BLR|Belarus|Belarusian,Belarusians|Minsk
BEL|Belgium|Belgian,Belgians|Brussels
BEN|Benin|Beninese|Porto-Novo,Cotonou
BTN|Bhutan|Bhutanese|Thimphu
BOL|Bolivia|Bolivian,Bolivians|La Paz,Sucre
BIH|Bosnia,Bosnia and Herzegovina,Bosnia-Herzegovina|Bosnian,Bosnians,Bosniak,Bosniaks|Sarajevo
BWA|Botswana|Botswanan|Gaborone
BRA|Brazil|Brazilian,Brazilians|Brasilia
BRN|Brunei|Bruneian|Bandar Seri Begawan
BGR|Bulgaria|Bulgarian,Bulgarians|Sofia
BFA|Burkina Faso|Burkinabe|Ouagadougou
BDI|Burundi|Burundian,Burundians|Bujumbura,Gitega
KHM|Cambodia|Cambodian,Cambodians,Khmer|Phnom Penh
CMR|Cameroon|Cameroonian,Cameroonians|Yaounde
CAN|Canada|Canadian,Canadians|Ottawa
CAF|Central African Republic|Central African|Bangui
TCD|Chad|Chadian,Chadians|N'Djamena
CHL|Chile|Chilean,Chileans|Santiago
CHN|China,PRC,People's Republic of China|Chinese|Beijing,Peking
COL|Colombia|Colombian,Colombians|Bogota
COG|Congo-Brazzaville,Republic of the Congo||Brazzaville
COD|Democratic Republic of the Congo,DR Congo,DRC,Congo,Zaire|Congolese|Kinshasa
CRI|Costa Rica|Costa Rican,Costa Ricans|San Jose
CIV|Ivory Coast,Cote d'Ivoire,Côte d'Ivoire|Ivorian,Ivorians|Abidjan,Yamoussoukro
HRV|Croatia|Croatian,Croatians,Croat,Croats|Zagreb
CUB|Cuba|Cuban,Cubans|Havana
CYP|Cyprus|Cypriot,Cypriots|Nicosia
CZE|Czech Republic,Czechia,Czechoslovakia|Czech,Czechs,Czechoslovak|Prague
DNK|Denmark|Danish,Dane,Danes|Copenhagen
DJI|Djibouti|Djiboutian|
DOM|Dominican Republic|Dominican,Dominicans|Santo Domingo
ECU|Ecuador|Ecuadorian,Ecuadorean,Ecuadorians|Quito
EGY|Egypt|Egyptian,Egyptians|Cairo
SLV|El Salvador|Salvadoran,Salvadorans|San Salvador
ERI|Eritrea|Eritrean,Eritreans|Asmara
EST|Estonia|Estonian,Estonians|Tallinn
ETH|Ethiopia,Ethopia|Ethiopian,Ethiopians|Addis Ababa
FJI|Fiji|Fijian,Fijians|Suva
FIN|Finland|Finnish,Finn,Finns|Helsinki
FRA|France|French|Paris
GAB|Gabon|Gabonese|Libreville
GMB|Gambia,The Gambia|Gambian,Gambians|Banjul
GEO|Georgia|Georgian,Georgians|Tbilisi
DEU|Germany,West Germany,East Germany|German,Germans|Berlin,Bonn
GHA|Ghana|Ghanaian,Ghanaians|Accra
GRC|Greece|Greek,Greeks|Athens
GTM|Guatemala|Guatemalan,Guatemalans|Guatemala City
GIN|Guinea|Guinean,Guineans|Conakry
GNB|Guinea-Bissau|Bissau-Guinean|Bissau
GUY|Guyana|Guyanese|Georgetown
HTI|Haiti|Haitian,Haitians|Port-au-Prince
HND|Honduras|Honduran,Hondurans|Tegucigalpa
HKG|Hong Kong||
HUN|Hungary|Hungarian,Hungarians|Budapest
ISL|Iceland|Icelandic,Icelanders|Reykjavik
IND|India|Indian,Indians|New Delhi
IDN|Indonesia|Indonesian,Indonesians|Jakarta
IRN|Iran|Iranian,Iranians,Persian|Tehran,Teheran
IRQ|Iraq|Iraqi,Iraqis|Baghdad
IRL|Ireland|Irish|Dublin
ISR|Israel|Israeli,Israelis|Jerusalem,Tel Aviv
ITA|Italy|Italian,Italians|Rome
JAM|Jamaica|Jamaican,Jamaicans|Kingston
JPN|Japan|Japanese|Tokyo
JOR|Jordan|Jordanian,Jordanians|Amman
KAZ|Kazakhstan|Kazakh,Kazakhs,Kazakhstani|Astana,Almaty
KEN|Kenya|Kenyan,Kenyans|Nairobi
XKX|Kosovo|Kosovar,Kosovars|Pristina
KWT|Kuwait|Kuwaiti,Kuwaitis|Kuwait City
KGZ|Kyrgyzstan|Kyrgyz|Bishkek
LAO|Laos|Laotian,Lao|Vientiane
LVA|Latvia|Latvian,Latvians|Riga
LBN|Lebanon|Lebanese|Beirut
LSO|Lesotho|Basotho|Maseru
LBR|Liberia|Liberian,Liberians|Monrovia
LBY|Libya|Libyan,Libyans|Tripoli
LTU|Lithuania|Lithuanian,Lithuanians|Vilnius
LUX|Luxembourg|Luxembourgish|
MKD|North Macedonia,Macedonia|Macedonian,Macedonians|Skopje
MDG|Madagascar|Malagasy|Antananarivo
MWI|Malawi|Malawian,Malawians|Lilongwe
MYS|Malaysia|Malaysian,Malaysians|Kuala Lumpur
MDV|Maldives|Maldivian|Male
MLI|Mali|Malian,Malians|Bamako
MLT|Malta|Maltese|Valletta
MRT|Mauritania|Mauritanian,Mauritanians|Nouakchott
MUS|Mauritius|Mauritian|Port Louis
MEX|Mexico|Mexican,Mexicans|Mexico City
MDA|Moldova|Moldovan,Moldovans|Chisinau
MNG|Mongolia|Mongolian,Mongolians|Ulaanbaatar
MNE|Montenegro|Montenegrin,Montenegrins|Podgorica
MAR|Morocco,Kingdom of Morocco|Moroccan,Moroccans|Rabat
MOZ|Mozambique|Mozambican,Mozambicans|Maputo
MMR|Myanmar,Burma|Burmese|Naypyidaw,Naypyitaw,Nay Pyi Taw,Yangon,Rangoon
NAM|Namibia|Namibian,Namibians|Windhoek
NPL|Nepal|Nepali,Nepalese|Kathmandu
NLD|Netherlands,Holland|Dutch|Amsterdam,The Hague
NZL|New Zealand|New Zealander,New Zealanders|Wellington
NIC|Nicaragua|Nicaraguan,Nicaraguans|Managua
NER|Niger|Nigerien,Nigeriens|Niamey
NGA|Nigeria|Nigerian,Nigerians|Abuja,Lagos
PRK|North Korea,DPRK,Democratic People's Republic of Korea|North Korean,North Koreans|Pyongyang
NOR|Norway|Norwegian,Norwegians|Oslo
OMN|Oman|Omani,Omanis|Muscat
PAK|Pakistan|Pakistani,Pakistanis|Islamabad
PSE|Palestine,Palestinian Territories,Gaza,Gaza Strip,West Bank|Palestinian,Palestinians|Ramallah
PAN|Panama|Panamanian,Panamanians|Panama City
PNG|Papua New Guinea|Papua New Guinean|Port Moresby
PRY|Paraguay|Paraguayan,Paraguayans|Asuncion
PER|Peru|Peruvian,Peruvians|Lima
PHL|Philippines|Philippine,Filipino,Filipinos|Manila
POL|Poland|Polish,Poles|Warsaw
PRT|Portugal|Portuguese|Lisbon
QAT|Qatar,Quatar|Qatari,Qataris|Doha
ROU|Romania|Romanian,Romanians|Bucharest
RUS|Russia,Russian Federation,Soviet Union,USSR|Russian,Russians,Soviet|Moscow
RWA|Rwanda|Rwandan,Rwandans|Kigali
SAU|Saudi Arabia|Saudi,Saudis,Saudi Arabian|Riyadh
SEN|Senegal|Senegalese|Dakar
SRB|Serbia,Yugoslavia|Serbian,Serbians,Serb,Serbs,Yugoslav|Belgrade
SLE|Sierra Leone|Sierra Leonean,Sierra Leoneans|Freetown
SGP|Singapore|Singaporean,Singaporeans|
SVK|Slovakia|Slovak,Slovaks|Bratislava
SVN|Slovenia|Slovenian,Slovene,Slovenes|Ljubljana
SOM|Somalia|Somali,Somalis|Mogadishu
ZAF|South Africa|South African,South Africans|Pretoria,Johannesburg,Cape Town
KOR|South Korea,Republic of Korea|South Korean,South Koreans|Seoul
SSD|South Sudan|South Sudanese|Juba
ESP|Spain|Spanish,Spaniard,Spaniards|Madrid
LKA|Sri Lanka|Sri Lankan,Sri Lankans|Colombo
SDN|Sudan|Sudanese|Khartoum,Omdurman
SWE|Sweden|Swedish,Swede,Swedes|Stockholm
CHE|Switzerland|Swiss|Bern,Berne
SYR|Syria|Syrian,Syrians|Damascus
TWN|Taiwan|Taiwanese|Taipei
TJK|Tajikistan|Tajik,Tajiks|Dushanbe
TZA|Tanzania|Tanzanian,Tanzanians|Dodoma,Dar es Salaam
THA|Thailand|Thai,Thais|Bangkok
TLS|East Timor,Timor-Leste|East Timorese,Timorese|Dili
TGO|Togo|Togolese|Lome
TTO|Trinidad,Trinidad and Tobago|Trinidadian|Port of Spain
TUN|Tunisia|Tunisian,Tunisians|Tunis
TUR|Turkey,Turkiye,Türkiye|Turkish,Turk,Turks|Ankara
TKM|Turkmenistan|Turkmen|Ashgabat
UGA|Uganda|Ugandan,Ugandans|Kampala
UKR|Ukraine|Ukrainian,Ukrainians|Kyiv,Kiev
ARE|United Arab Emirates,UAE,Emirates|Emirati,Emiratis|Abu Dhabi
GBR|Britain,Great Britain,United Kingdom,UK,U.K.,England,Scotland,Wales,Northern Ireland|British,English,Scottish,Welsh,Briton,Britons|London
USA|United States,United States of America,US,U.S.,USA,U.S.A.,America|American,Americans|Washington
URY|Uruguay|Uruguayan,Uruguayans|Montevideo
UZB|Uzbekistan|Uzbek,Uzbeks|Tashkent
VAT|Vatican,Holy See||
VEN|Venezuela|Venezuelan,Venezuelans|Caracas
VNM|Vietnam,Viet Nam|Vietnamese|Hanoi
YEM|Yemen|Yemeni,Yemenis|Sanaa
ZMB|Zambia|Zambian,Zambians|Lusaka
ZWE|Zimbabwe|Zimbabwean,Zimbabweans|Harare
`;

export interface CountryForms {
  code: string;
  names: string[];
  demonyms: string[];
  capitals: string[];
}

function splitList(field: string | undefined): string[] {
  return (field ?? '').split(',').map((s) => s.trim()).filter((s) => s.length > 0);
}

export const COUNTRIES: readonly CountryForms[] = COUNTRY_TABLE.trim()
  .split('\n')
  .map((line) => {
    const [code, names, demonyms, capitals] = line.split('|');
    return { code: code!.trim(), names: splitList(names), demonyms: splitList(demonyms), capitals: splitList(capitals) };
  });

/**
 * Cities and regions often in the news that are not capitals, and peoples named without their state. A city names
 * a place (and its country), not a government; a people's name gives the country it mostly lives in.
 */
const PLACE_TABLE = `
AFG|Kandahar,Herat,Mazar-i-Sharif,Jalalabad,Helmand,Kunduz|Pashtun,Pashtuns
ARE|Dubai,Sharjah|
AUS|Sydney,Melbourne|
AZE|Nagorno-Karabakh,Karabakh|
BIH|Gorazde,Srebrenica,Mostar,Banja Luka,Tuzla|
CHE|Geneva,Zurich,Davos|
CHN|Shanghai,Xinjiang,Tibet,Guangzhou,Shenzhen,Wuhan|Uighur,Uighurs,Uyghur,Uyghurs,Tibetan,Tibetans
COD|Goma,Kivu,Lubumbashi|
EGY|Alexandria,Sinai,Port Said|
ESP|Barcelona,Catalonia,Basque Country|Basque,Basques,Catalan
ETH|Tigray,Amhara|Tigrayan,Tigrayans,Oromo
FRA|Marseille,Corsica,Lyon|Corsican
GBR|Belfast,Manchester,Birmingham,Edinburgh,Glasgow|
IDN|Aceh,Papua,Bali,Surabaya|
IND|Mumbai,Bombay,Kashmir,Calcutta,Kolkata,Chennai,Punjab,Assam|Kashmiri,Kashmiris,Sikh,Sikhs
IRQ|Basra,Mosul,Fallujah,Kirkuk,Samarra,Tikrit,Najaf,Karbala,Ramadi,Erbil,Kurdistan|
ISR|Haifa,Golan Heights,Eilat|
ITA|Milan,Naples,Genoa,Venice,Sicily,Florence|
KEN|Mombasa,Kisumu|
LBN|Tyre,Sidon,Bekaa|
LBY|Benghazi,Misrata,Sirte|
LKA|Jaffna,Kandy,Trincomalee|Tamil,Tamils
MMR|Mandalay,Rakhine,Kachin State,Shan State,Karen State,Sagaing|Rohingya
NGA|Kano,Maiduguri,Borno,Port Harcourt|Yoruba,Igbo,Hausa
PAK|Karachi,Lahore,Peshawar,Quetta,Balochistan,Waziristan|Baloch,Balochs
PHL|Mindanao,Cebu|
PSE|Hebron,Jericho,Rafah,Khan Younis,Nablus,Jenin,Bethlehem,Gaza City|
RUS|St Petersburg,St. Petersburg,Saint Petersburg,Vladivostok,Chechnya,Grozny,Dagestan,Siberia,Kursk,Belgorod|Chechen,Chechens
RWA|Butare|Hutu,Hutus,Tutsi,Tutsis
SAU|Jeddah,Mecca,Medina|
SDN|Darfur,Kordofan,El Fasher|Darfuri
SOM|Kismayo,Puntland|
SYR|Aleppo,Homs,Idlib,Raqqa,Deir ez-Zor,Latakia|
THA|Chiang Mai,Phuket|
TUR|Istanbul,Izmir,Diyarbakir,Cizre|
UKR|Crimea,Donbas,Donetsk,Luhansk,Kharkiv,Odesa,Odessa,Mariupol,Bakhmut,Zaporizhzhia,Kherson,Lviv|
USA|New York,Los Angeles,Chicago,Guantanamo|
ZAF|Durban,Soweto|Zulu,Zulus
`;

export interface PlaceForms {
  code: string;
  places: string[];
  peoples: string[];
}

export const PLACES: readonly PlaceForms[] = PLACE_TABLE.trim()
  .split('\n')
  .map((line) => {
    const [code, places, peoples] = line.split('|');
    return { code: code!.trim(), places: splitList(places), peoples: splitList(peoples) };
  });
