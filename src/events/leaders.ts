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
AGOGOV: dos Santos, Lourenco
AGOREB: Savimbi
NAMGOV: Nujoma, Pohamba
MOZGOV: Chissano, Machel, Guebuza, Nyusi
GHAGOV: Rawlings, Kufuor, Akufo-Addo
TGOGOV: Eyadema, Gnassingbe
GABGOV: Bongo
TCDGOV: Deby, Déby, Habre
TUNGOV: Ben Ali, Bourguiba, Saied
MARGOV: Hassan II, Mohammed VI
BFAGOV: Compaore, Traore
MLIGOV: Konare, Goita
SENGOV: Wade, Diouf, Sall, Faye
GMBGOV: Jawara, Jammeh, Barrow
GINGOV: Conte, Condé, Doumbouya
SLEGOV: Kabbah, Koroma, Bio
SLEREB: Sankoh
ERIGOV: Afwerki, Isaias
ETHGOV: Mengistu
SOMGOV: Siad Barre, Aideed, Aidid
SDNGOV: Nimeiri, Turabi
SDNREB: Garang
SSDGOV: Kiir, Machar
BDIGOV: Buyoya, Ndadaye, Nkurunziza, Ndayishimiye
MYSGOV: Mahathir, Anwar, Najib Razak
SGPGOV: Lee Kuan Yew, Goh Chok Tong, Lee Hsien Loong
KHMGOV: Sihanouk, Ranariddh, Pol Pot
MMRGOV: Thein Sein, Ne Win, Khin Nyunt
THAGOV: Chuan Leekpai, Yingluck
LKAGOV: Rajapaksa, Kumaratunga, Premadasa, Wickremesinghe, Dissanayake
LKAREB: Prabhakaran
BGDGOV: Ershad, Hasina, Khaleda Zia, Yunus
NPLGOV: Koirala, Gyanendra, Prachanda
UZBGOV: Karimov, Mirziyoyev
KAZGOV: Nazarbayev, Tokayev
TKMGOV: Niyazov, Berdymukhamedov
TJKGOV: Rakhmonov, Rahmon
KGZGOV: Akayev, Bakiyev, Japarov
AZEGOV: Aliyev
ARMGOV: Ter-Petrosyan, Kocharyan, Pashinyan
GEOGOV: Gamsakhurdia, Kobakhidze
ESPGOV: Gonzalez, González, Aznar, Zapatero, Rajoy, Sanchez, Sánchez
ITAGOV: Andreotti, Craxi, Berlusconi, Prodi, Amato, D'Alema, Renzi, Draghi, Meloni
GRCGOV: Papandreou, Simitis, Karamanlis, Tsipras, Mitsotakis
POLGOV: Walesa, Wałęsa, Kwasniewski, Kaczynski, Tusk, Duda, Jaruzelski
CZEGOV: Havel, Klaus, Babis, Fiala
HUNGOV: Antall, Horn, Orban, Orbán
ROUGOV: Iliescu, Ceausescu, Constantinescu, Basescu, Iohannis
BGRGOV: Zhivkov, Zhelev, Stoyanov, Parvanov, Borisov, Radev
DEUGOV: Honecker
HRVGOV: Mesic, Sanader, Plenkovic
BIHSRB: Karadzic, Mladic, Plavsic
XKXGOV: Rugova, Thaci, Kurti
ALBGOV: Berisha, Nano, Rama
PERGOV: Fujimori, Toledo, Garcia, García, Humala, Castillo, Boluarte
CHLGOV: Pinochet, Aylwin, Frei, Lagos, Bachelet, Pinera, Piñera, Boric
ARGGOV: Alfonsin, Duhalde, Fernandez
BRAGOV: Sarney, Collor, Temer
VENGOV: Perez, Guaido
COLGOV: Uribe, Pastrana, Samper, Santos, Petro
NICGOV: Chamorro
PANGOV: Noriega
MEXGOV: Salinas, Zedillo
HTIGOV: Duvalier, Cedras, Moise, Moïse
BOLGOV: Morales, Arce
ECUGOV: Correa, Noboa
PRYGOV: Stroessner
IRQGOV: Tariq Aziz, Aziz, Barzani
LBNGOV: Hariri, Lahoud, Aoun, Berri, Jumblatt, Siniora, Mikati, Salam
PSEGOV: Haniyeh, Meshaal, Yassin
ISRGOV: Arens, Mofaz, Livni, Mordechai, Herzog, Lieberman, Katz
QATGOV: Hamad, Tamim
IRNGOV: Velayati
AFGREB: Massoud, Hekmatyar, Dostum, Mullah Omar
PAKGOV: Zia ul-Haq
INDGOV: Rao, Gowda, Gujral
CHNGOV: Tang Jiaxuan, Qian Qichen, Li Qiang
TWNGOV: Lee Teng-hui, Chen Shui-bian, Ma Ying-jeou, Tsai Ing-wen, Lai Ching-te
KORGOV: Kim Dae-jung, Roh Moo-hyun, Kim Young-sam, Lee Jae-myung
JPNGOV: Nakasone, Kaifu, Miyazawa, Murayama, Mori, Hatoyama, Kan, Noda, Suga
USAGOV: Christopher, Baker, Shultz, Gates, Perry, Cohen, Holbrooke, Rubio, Hegseth, Austin, Sullivan, Vance
GBRGOV: Cook, Rifkind, Hague, Lammy
RUSGOV: Kozyrev, Chernomyrdin, Ivanov, Grachev, Lebed, Shoigu, Kiriyenko, Naryshkin
RUSREB: Maskhadov, Dudayev, Basayev
UKRGOV: Kravchuk
IGOEUREEC: Barroso, Juncker, von der Leyen, Borrell, Kallas
FRAGOV: Balladur, Vedrine, Védrine, de Charette, Barnier
DEUGOV: Kinkel, Ruehe, Rühe, Baerbock
USAGOV: Jimmy Carter, Talbott, Sandy Berger
ISRGOV: Weizman, Ehud Barak, Ariel Sharon
SYRGOV: Sharaa, Shara, Hafez al-Assad
EGYGOV: Amr Moussa, Moussa
IRNGOV: Kharrazi
IRQGOV: Sahaf
RUSGOV: Kasyanov, Stepashin
AUSGOV: Keating, Rudd, Gillard, Albanese, Downer
CANGOV: Chretien, Chrétien, Mulroney, Trudeau, Axworthy
IRLGOV: Ahern, Bruton
SWEGOV: Persson, Bildt, Palme
BELGOV: Dehaene, Verhofstadt
AUTGOV: Vranitzky, Schuessel, Schüssel
CYPGOV: Clerides, Denktash
`;

export const LEADERS: ReadonlyMap<string, string> = new Map(
  LEADER_TABLE.trim()
    .split('\n')
    .flatMap((line) => {
      const [code, names] = line.split(':');
      return (names ?? '').split(',').map((n) => [n.trim(), code!.trim()] as [string, string]);
    }),
);
