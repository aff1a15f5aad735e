// Fact table of countries: ISO 3166-1 alpha-3 code (ISO 3166-2 for the nations of the UK) | common name | other names | demonyms | capital(s).
// Fields are separated by "|", alternatives inside a field by ";". Facts only, written for this project.
export const COUNTRY_TABLE = `
AFG|Afghanistan||Afghan|Kabul
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
BEN|Benin||Beninese|Porto-Novo
BTN|Bhutan||Bhutanese|Thimphu
BOL|Bolivia||Bolivian|Sucre;La Paz
BIH|Bosnia and Herzegovina|Bosnia;Bosnia-Herzegovina|Bosnian|Sarajevo
BWA|Botswana||Botswanan;Motswana|Gaborone
BRA|Brazil||Brazilian|Brasilia;Brasília
BRN|Brunei||Bruneian|Bandar Seri Begawan
BGR|Bulgaria||Bulgarian|Sofia
BFA|Burkina Faso||Burkinabe|Ouagadougou
BDI|Burundi||Burundian|Gitega
KHM|Cambodia||Cambodian|Phnom Penh
CMR|Cameroon||Cameroonian|Yaounde;Yaoundé
CAN|Canada||Canadian|Ottawa
CPV|Cape Verde|Cabo Verde|Cape Verdean|Praia
CAF|Central African Republic||Central African|Bangui
TCD|Chad||Chadian|N'Djamena
CHL|Chile||Chilean|Santiago
CHN|China|People's Republic of China;PRC|Chinese|Beijing
COL|Colombia||Colombian|Bogota;Bogotá
COM|Comoros||Comorian|Moroni
COG|Congo|Republic of the Congo;Congo-Brazzaville|Congolese|Brazzaville
COD|Democratic Republic of the Congo|DR Congo;DRC;Congo-Kinshasa;Zaire|Congolese|Kinshasa
CRI|Costa Rica||Costa Rican|San Jose;San José
CIV|Ivory Coast|Cote d'Ivoire;Côte d'Ivoire|Ivorian|Yamoussoukro;Abidjan
HRV|Croatia||Croatian;Croat|Zagreb
CUB|Cuba||Cuban|Havana
CYP|Cyprus||Cypriot|Nicosia
CZE|Czech Republic|Czechia|Czech|Prague
DNK|Denmark||Danish;Dane|Copenhagen
DJI|Djibouti||Djiboutian|Djibouti
DMA|Dominica|||Roseau
DOM|Dominican Republic||Dominican|Santo Domingo
ECU|Ecuador||Ecuadorian|Quito
EGY|Egypt||Egyptian|Cairo
SLV|El Salvador||Salvadoran|San Salvador
GNQ|Equatorial Guinea||Equatorial Guinean|Malabo
ERI|Eritrea||Eritrean|Asmara
EST|Estonia||Estonian|Tallinn
SWZ|Eswatini|Swaziland|Swazi|Mbabane
ETH|Ethiopia||Ethiopian|Addis Ababa
FJI|Fiji||Fijian|Suva
FIN|Finland||Finnish;Finn|Helsinki
FRA|France||French|Paris
GAB|Gabon||Gabonese|Libreville
GMB|Gambia|The Gambia|Gambian|Banjul
GEO|Georgia||Georgian|Tbilisi
DEU|Germany|Federal Republic of Germany|German|Berlin
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
IRN|Iran|Islamic Republic of Iran|Iranian|Tehran
IRQ|Iraq||Iraqi|Baghdad
IRL|Ireland|Republic of Ireland|Irish|Dublin
ISR|Israel||Israeli|Jerusalem
ITA|Italy||Italian|Rome
JAM|Jamaica||Jamaican|Kingston
JPN|Japan||Japanese|Tokyo
JOR|Jordan||Jordanian|Amman
KAZ|Kazakhstan||Kazakh;Kazakhstani|Astana
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
MAR|Morocco||Moroccan|Rabat
MOZ|Mozambique||Mozambican|Maputo
MMR|Myanmar|Burma|Myanmar;Burmese|Naypyidaw;Naypyitaw;Nay Pyi Taw
NAM|Namibia||Namibian|Windhoek
NRU|Nauru||Nauruan|Yaren
NPL|Nepal||Nepalese;Nepali|Kathmandu
NLD|Netherlands|Holland;The Netherlands|Dutch|Amsterdam;The Hague
NZL|New Zealand||New Zealander|Wellington
NIC|Nicaragua||Nicaraguan|Managua
NER|Niger||Nigerien|Niamey
NGA|Nigeria||Nigerian|Abuja
MKD|North Macedonia|Macedonia|Macedonian|Skopje
NOR|Norway||Norwegian|Oslo
OMN|Oman||Omani|Muscat
PAK|Pakistan||Pakistani|Islamabad
PLW|Palau||Palauan|Ngerulmud
PSE|Palestine|Palestinian Territories;State of Palestine|Palestinian|Ramallah
PAN|Panama||Panamanian|Panama City
PNG|Papua New Guinea||Papua New Guinean|Port Moresby
PRY|Paraguay||Paraguayan|Asuncion;Asunción
PER|Peru||Peruvian|Lima
PHL|Philippines|The Philippines|Filipino;Philippine|Manila
POL|Poland||Polish;Pole|Warsaw
PRT|Portugal||Portuguese|Lisbon
QAT|Qatar||Qatari|Doha
ROU|Romania||Romanian|Bucharest
RUS|Russia|Russian Federation|Russian|Moscow
RWA|Rwanda||Rwandan|Kigali
KNA|Saint Kitts and Nevis||Kittitian|Basseterre
LCA|Saint Lucia||Saint Lucian|Castries
VCT|Saint Vincent and the Grenadines||Vincentian|Kingstown
WSM|Samoa||Samoan|Apia
SMR|San Marino||Sammarinese|San Marino
STP|Sao Tome and Principe|São Tomé and Príncipe|Santomean|Sao Tome
SAU|Saudi Arabia||Saudi;Saudi Arabian|Riyadh
SEN|Senegal||Senegalese|Dakar
SRB|Serbia||Serbian;Serb|Belgrade
SYC|Seychelles||Seychellois|Victoria
SLE|Sierra Leone||Sierra Leonean|Freetown
SGP|Singapore||Singaporean|Singapore
SVK|Slovakia||Slovak|Bratislava
SVN|Slovenia||Slovenian;Slovene|Ljubljana
SLB|Solomon Islands||Solomon Islander|Honiara
SOM|Somalia||Somali|Mogadishu
ZAF|South Africa||South African|Pretoria;Cape Town
SSD|South Sudan||South Sudanese|Juba
ESP|Spain||Spanish;Spaniard|Madrid
LKA|Sri Lanka|Ceylon|Sri Lankan|Colombo;Sri Jayawardenepura Kotte
SDN|Sudan||Sudanese|Khartoum
SUR|Suriname||Surinamese|Paramaribo
SWE|Sweden||Swedish;Swede|Stockholm
CHE|Switzerland||Swiss|Bern;Berne
SYR|Syria||Syrian|Damascus
TWN|Taiwan|Republic of China|Taiwanese|Taipei
TJK|Tajikistan||Tajik|Dushanbe
TZA|Tanzania||Tanzanian|Dodoma
THA|Thailand|Siam|Thai|Bangkok
TLS|East Timor|Timor-Leste|Timorese|Dili
TGO|Togo||Togolese|Lome;Lomé
TON|Tonga||Tongan|Nuku'alofa
TTO|Trinidad and Tobago||Trinidadian|Port of Spain
TUN|Tunisia||Tunisian|Tunis
TUR|Turkey|Turkiye;Türkiye|Turkish;Turk|Ankara
TKM|Turkmenistan||Turkmen|Ashgabat
TUV|Tuvalu||Tuvaluan|Funafuti
UGA|Uganda||Ugandan|Kampala
UKR|Ukraine||Ukrainian|Kyiv;Kiev
ARE|United Arab Emirates|UAE;U.A.E.;Emirates|Emirati|Abu Dhabi
GBR|United Kingdom|Britain;Great Britain;UK;U.K.|British;Briton|London
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
