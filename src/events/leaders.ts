// Well-known heads of state and government, rebel and IGO leaders since the 1980s, by the surname news uses
// on second mention. A compact hand-written list: names in an article's own text are learned per document
// ("Russian Security Council Secretary Sergei Shoigu" teaches "Shoigu"), this only covers names given bare.

const LEADER_TABLE = `
USAGOV: Reagan, Bush, Clinton, Obama, Biden, Trump, Cheney, Powell, Rumsfeld, Rice, Albright, Kerry, Blinken, Pompeo, Tillerson, Hillary Clinton, Harris, Gore
RUSGOV: Gorbachev, Yeltsin, Putin, Medvedev, Lavrov, Primakov, Shevardnadze, Peskov, Mishustin, Patrushev, Zakharova
RUSMIL: Gerasimov, Belousov
GBRGOV: Thatcher, Major, Blair, Brown, Cameron, May, Johnson, Sunak, Starmer, Straw, Hurd
FRAGOV: Mitterrand, Chirac, Sarkozy, Hollande, Macron, Juppe, Jospin, Villepin
DEUGOV: Kohl, Schroeder, Schröder, Merkel, Scholz, Genscher, Fischer, Steinmeier, Merz
CHNGOV: Deng, Jiang Zemin, Hu Jintao, Xi, Li Peng, Zhu Rongji, Wen Jiabao, Li Keqiang, Wang Yi
JPNGOV: Koizumi, Abe, Kishida, Hashimoto, Obuchi, Ishiba
INDGOV: Gandhi, Vajpayee, Singh, Modi, Jaishankar
PAKGOV: Bhutto, Sharif, Musharraf, Zardari, Khan, Gilani
AFGGOV: Karzai, Ghani, Najibullah, Rabbani
IRNGOV: Khomeini, Khamenei, Rafsanjani, Khatami, Ahmadinejad, Rouhani, Raisi, Pezeshkian, Zarif, Araghchi
IRQGOV: Saddam, Hussein, Allawi, Maliki, Abadi, Talabani, Sudani
SYRGOV: Assad
ISRGOV: Begin, Shamir, Peres, Rabin, Netanyahu, Barak, Sharon, Olmert, Bennett, Lapid, Gallant
PSEGOV: Arafat, Abbas, Erakat, Qurei
EGYGOV: Mubarak, Morsi, Sisi, Sadat
LBYGOV: Gaddafi, Qaddafi, Kadhafi
SDNGOV: Bashir, Burhan
DZAGOV: Bouteflika, Bouteflicka, Tebboune, Chadli, Zeroual, Ben Bella
ZWEGOV: Mugabe, Mnangagwa
ZAFGOV: Mandela, Mbeki, Zuma, Ramaphosa, de Klerk
UGAGOV: Museveni
RWAGOV: Kagame, Habyarimana, Habyariman
NGAGOV: Obasanjo, Abacha, Babangida, Jonathan, Buhari, Tinubu, Yar'Adua
KENGOV: Moi, Kibaki, Kenyatta, Ruto, Awori
ZMBGOV: Mwanawasa, Kaunda, Chiluba, Hichilema
CIVGOV: Gbagbo, Ouattara, Houphouet-Boigny
LBRGOV: Taylor, Sirleaf, Doe
CODGOV: Mobutu, Kabila, Tshisekedi
ETHGOV: Zenawi, Abiy
SRBGOV: Milosevic, Kostunica, Djindjic, Vucic, Tadic
HRVGOV: Tudjman
BIHGOV: Izetbegovic
UKRGOV: Kuchma, Yushchenko, Yanukovych, Poroshenko, Zelensky, Zelenskyy, Kuleba, Sybiha
BLRGOV: Lukashenko
GEOGOV: Saakashvili
TURGOV: Ozal, Demirel, Ecevit, Erdogan, Erdoğan, Davutoglu, Fidan
SAUGOV: Fahd, Abdullah, Salman, Faisal
PRKGOV: Kim Jong Un, Kim Jong Il, Kim Il Sung
KORGOV: Roh, Lee Myung-bak, Park Geun-hye, Moon Jae-in, Yoon
MMRMIL: Min Aung Hlaing, Than Shwe, Soe Win
MMROPP: Suu Kyi, Aung San Suu Kyi
VENGOV: Chavez, Chávez, Maduro
CUBGOV: Castro
NICGOV: Ortega
BRAGOV: Lula, Cardoso, Rousseff, Bolsonaro
ARGGOV: Menem, Kirchner, Macri, Milei
MEXGOV: Fox, Calderon, Obrador, Sheinbaum
HTIGOV: Aristide, Preval
IDNGOV: Suharto, Habibie, Wahid, Megawati, Yudhoyono, Widodo, Jokowi, Prabowo
PHLGOV: Marcos, Aquino, Ramos, Estrada, Arroyo, Duterte
THAGOV: Thaksin, Prayuth, Prayut
KHMGOV: Hun Sen, Hun Manet
AFGREB: Omar, Haqqani
IMGMOS: bin Laden, Zawahiri, Zarqawi, Baghdadi
LBNREB: Nasrallah
IGOUNO: Annan, Ghali, Boutros-Ghali, Ban Ki-moon, Guterres, Cordovez, de Cuellar, Perez de Cuellar
IGOWSTNAT: Stoltenberg, Rutte, Solana
IGOEUREEC: Barroso, Juncker, von der Leyen, Borrell, Kallas
`;

export const LEADERS: ReadonlyMap<string, string> = new Map(
  LEADER_TABLE.trim()
    .split('\n')
    .flatMap((line) => {
      const [code, names] = line.split(':');
      return (names ?? '').split(',').map((n) => [n.trim(), code!.trim()] as [string, string]);
    }),
);
