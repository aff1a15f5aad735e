// The word lists behind the actor finder: named organisations and metonyms with full CAMEO codes, the nouns
// that give an actor its sector, and the capitalised words that are titles or sentence openers, not names.

/** Organisations, IGOs, metonyms and a few long-serving leaders, with their full codes. */
export const NAMED_ACTORS: Record<string, string> = {
  Kremlin: 'RUSGOV', 'White House': 'USAGOV', Pentagon: 'USAMIL', 'State Department': 'USAGOV',
  'Downing Street': 'GBRGOV', Whitehall: 'GBRGOV', Elysee: 'FRAGOV', Tatmadaw: 'MMRMIL',
  'United Nations': 'IGOUNO', UN: 'IGOUNO', 'U.N.': 'IGOUNO', 'UN Security Council': 'IGOUNO',
  'U.N. Security Council': 'IGOUNO', 'General Assembly': 'IGOUNO', 'UN General Assembly': 'IGOUNO',
  'Security Council': 'IGOUNO', UNHCR: 'IGOUNOHCR', WFP: 'IGOUNOWFP', 'World Food Program': 'IGOUNOWFP', UNICEF: 'IGOUNO', IAEA: 'IGOUNOIAE',
  'International Atomic Energy Agency': 'IGOUNOIAE', ILO: 'IGOUNOILO', 'International Labor Office': 'IGOUNOILO',
  NATO: 'IGOWSTNAT', 'European Union': 'IGOEUREEC', EU: 'IGOEUREEC', 'European Community': 'IGOEUREEC',
  'European Commission': 'IGOEUREEC', ASEAN: 'IGOSEAASN', 'African Union': 'IGOAFRAFU', 'Arab League': 'IGOARBALL',
  'International Criminal Court': 'IGOINTICC', 'World Bank': 'IGOWBK', IMF: 'IGOIMF', 'Red Cross': 'NGOIRC',
  ICRC: 'NGOIRC', 'Amnesty International': 'NGOAMN', 'Human Rights Watch': 'NGOHRW', Taliban: 'AFGREB',
  Hamas: 'PSEREB', Hezbollah: 'LBNREB', 'al-Qaeda': 'IMGMOS', 'al Qaeda': 'IMGMOS', 'Al-Qaeda': 'IMGMOS',
  'Islamic State': 'IMGMOS', ISIS: 'IMGMOS', TASS: 'RUSJRN', RIA: 'RUSJRN', 'RIA Novosti': 'RUSJRN',
  Xinhua: 'CHNJRN', MRTV: 'MMRJRN', 'Vladimir Putin': 'RUSGOV', Putin: 'RUSGOV', Lavrov: 'RUSGOV',
  'Xi Jinping': 'CHNGOV', 'Min Aung Hlaing': 'MMRMIL', 'Aung San Suu Kyi': 'MMROPP', 'Suu Kyi': 'MMROPP',
  'National League for Democracy': 'MMROPP', Zelensky: 'UKRGOV', Lukashenko: 'BLRGOV', Erdogan: 'TURGOV',
  Netanyahu: 'ISRGOV', 'Kim Jong Un': 'PRKGOV', Guterres: 'IGOUNO',
  // News agencies and broadcasters: a report they relay is coded to them, so their country matters.
  Interfax: 'RUSJRN', 'Itar-Tass': 'RUSJRN', Sputnik: 'RUSJRN', Kyodo: 'JPNJRN', Yonhap: 'KORJRN', KCNA: 'PRKJRN',
  IRNA: 'IRNJRN', Anadolu: 'TURJRN', ANSA: 'ITAJRN', Ansa: 'ITAJRN', AFP: 'FRAJRN', 'Agence France-Presse': 'FRAJRN',
  BBC: 'GBRJRN', CNN: 'USAJRN', 'Al Jazeera': 'QATJRN', 'Al-Jazeera': 'QATJRN', SANA: 'SYRJRN', MENA: 'EGYJRN',
  Bernama: 'MYSJRN', Antara: 'IDNJRN', PTI: 'INDJRN', APP: 'PAKJRN', WAFA: 'PSEJRN', 'Press TV': 'IRNJRN',
  // Legislatures, services and movements whose name gives their country.
  Knesset: 'ISRLEG', Duma: 'RUSLEG', 'State Duma': 'RUSLEG', Bundestag: 'DEULEG', Majlis: 'IRNLEG', Mossad: 'ISRSPY',
  CIA: 'USASPY', FBI: 'USACOP', KGB: 'RUSSPY', FSB: 'RUSSPY', 'Shin Bet': 'ISRSPY', ISI: 'PAKSPY', IDF: 'ISRMIL',
  PLO: 'PSEGOV', 'Palestine Liberation Organization': 'PSEGOV', 'Palestinian Authority': 'PSEGOV', Fatah: 'PSEGOV',
  Likud: 'ISRGOV', ANC: 'ZAFGOV', 'African National Congress': 'ZAFGOV', Sandinista: 'NICGOV', Sandinistas: 'NICGOV',
  'Khmer Rouge': 'KHMREB', LTTE: 'LKAREB', 'Tamil Tigers': 'LKAREB', 'Liberation Tigers': 'LKAREB', PKK: 'TURREB',
  "Kurdistan Workers' Party": 'TURREB', FARC: 'COLREB', ELN: 'COLREB', 'Shining Path': 'PERREB', ETA: 'ESPREB',
  UNITA: 'AGOREB', RENAMO: 'MOZREB', Renamo: 'MOZREB', SPLA: 'SDNREB', RUF: 'SLEREB', 'Revolutionary United Front': 'SLEREB',
  'Boko Haram': 'NGAREB', 'al-Shabaab': 'SOMREB', 'Al-Shabaab': 'SOMREB', Houthis: 'YEMREB', Houthi: 'YEMREB',
  'Free Syrian Army': 'SYRREB', 'Northern Alliance': 'AFGREB', 'Muslim Brotherhood': 'EGYOPP', 'Sinn Fein': 'GBROPP',
  Zapatistas: 'MEXREB', 'Kachin Independence Army': 'MMRREB', 'Arakan Army': 'MMRREB', KNU: 'MMRREB',
  // Seats of government and agencies news names in place of the government.
  "Quai d'Orsay": 'FRAGOV', Zhongnanhai: 'CHNGOV', 'Blue House': 'KORGOV', 'Capitol Hill': 'USALEG',
  'Foreign Office': 'GBRGOV', 'Home Office': 'GBRGOV', 'Scotland Yard': 'GBRCOP', MI5: 'GBRSPY', MI6: 'GBRSPY',
  Bundeswehr: 'DEUMIL', Bundesrat: 'DEULEG', 'Verkhovna Rada': 'UKRLEG', Sejm: 'POLLEG', 'Lok Sabha': 'INDLEG',
  'Rajya Sabha': 'INDLEG', 'National People\'s Congress': 'CHNLEG', "People's Liberation Army": 'CHNMIL', PLA: 'CHNMIL',
  'Revolutionary Guards': 'IRNMIL', 'Revolutionary Guard': 'IRNMIL', IRGC: 'IRNMIL', 'Quds Force': 'IRNMIL', Basij: 'IRNMIL',
  SAVAK: 'IRNSPY', Stasi: 'DEUSPY', 'Homeland Security': 'USAGOV', NSA: 'USASPY', DEA: 'USACOP',
  'Justice Department': 'USAGOV', 'Treasury Department': 'USAGOV', 'Defense Department': 'USAMIL', NASA: 'USAGOV',
  'Federal Reserve': 'USAGOV', 'Bank of Japan': 'JPNGOV', Bundesbank: 'DEUGOV', 'Reserve Bank of India': 'INDGOV',
  'Self-Defense Forces': 'JPNMIL', 'Self Defense Forces': 'JPNMIL', 'Hamas-run': 'PSEREB',
  Pope: 'VAT', 'Pope John Paul': 'VAT', 'Pope John Paul II': 'VAT', 'Pope Benedict': 'VAT', 'Pope Francis': 'VAT',
  'Pope Leo': 'VAT', "Sudan People's Liberation Army": 'SDNREB', "Sudanese People's Liberation Army": 'SDNREB',
  // Parties and movements whose name gives their country.
  BJP: 'INDGOV', 'Bharatiya Janata Party': 'INDGOV', 'Congress Party': 'IND', Kuomintang: 'TWN', KMT: 'TWN',
  'Awami League': 'BGD', 'Pakistan Peoples Party': 'PAK', 'Pakistan Muslim League': 'PAK', 'Tehreek-e-Insaf': 'PAK',
  'Red Shirts': 'THAOPP', 'Yellow Shirts': 'THAOPP', Solidarity: 'POLLAB', ZANU: 'ZWEGOV', 'ZANU-PF': 'ZWEGOV',
  MDC: 'ZWEOPP', SWAPO: 'NAMGOV', FRELIMO: 'MOZGOV', Frelimo: 'MOZGOV', MPLA: 'AGOGOV', SPLM: 'SSDGOV', Amal: 'LBN',
  Peshmerga: 'IRQMIL', KDP: 'IRQ', PUK: 'IRQ', 'Sadr City': 'IRQ', 'Mahdi Army': 'IRQREB', 'Kataib Hezbollah': 'IRQREB',
  // Armed groups with the country they fight in (CAMEO codes a domestic insurgency to its country).
  'Islamic Jihad': 'PSEREB', 'Al-Aqsa Martyrs Brigades': 'PSEREB', 'al-Aqsa Martyrs Brigades': 'PSEREB',
  'Lashkar-e-Taiba': 'PAKREB', 'Jaish-e-Mohammed': 'PAKREB', 'Tehrik-i-Taliban': 'PAKREB', 'Pakistani Taliban': 'PAKREB',
  'Hizbul Mujahideen': 'INDREB', ULFA: 'INDREB', Naxalites: 'INDREB', 'Abu Sayyaf': 'PHLREB', 'Moro Islamic Liberation Front': 'PHLREB',
  MILF: 'PHLREB', MNLF: 'PHLREB', "New People's Army": 'PHLREB', NPA: 'PHLREB', 'Jemaah Islamiyah': 'IDNREB',
  'Free Aceh Movement': 'IDNREB', GAM: 'IDNREB', "Lord's Resistance Army": 'UGAREB', LRA: 'UGAREB', M23: 'CODREB',
  FDLR: 'RWAREB', Seleka: 'CAFREB', 'Anti-balaka': 'CAFREB', 'Ansar Dine': 'MLIREB', Polisario: 'ESHREB',
  'Polisario Front': 'ESHREB', Janjaweed: 'SDNMIL', 'Rapid Support Forces': 'SDNMIL', RSF: 'SDNMIL', JEM: 'SDNREB',
  'Justice and Equality Movement': 'SDNREB', 'Al-Nusra Front': 'SYRREB', 'Nusra Front': 'SYRREB', 'Jabhat al-Nusra': 'SYRREB',
  'Hayat Tahrir al-Sham': 'SYRREB', HTS: 'SYRREB', YPG: 'SYRREB', 'Syrian Democratic Forces': 'SYRREB', IRA: 'GBRREB',
  'Irish Republican Army': 'GBRREB', 'Real IRA': 'GBRREB', UVF: 'GBRREB', 'Ulster Defence Association': 'GBRREB',
  Contras: 'NICREB', 'Tupac Amaru': 'PERREB', MRTA: 'PERREB', AUC: 'COLREB', 'Sendero Luminoso': 'PERREB',
  'Hizb-ul-Mujahideen': 'INDREB', 'Ogaden National Liberation Front': 'ETHREB', ONLF: 'ETHREB', TPLF: 'ETHREB',
  'Tigray People\'s Liberation Front': 'ETHREB', 'Wagner Group': 'RUSMIL', Wagner: 'RUSMIL', Azov: 'UKRMIL',
  'Chechen rebels': 'RUSREB', 'Niger Delta Avengers': 'NGAREB', MEND: 'NGAREB', 'Islamic Movement of Uzbekistan': 'UZBREB',
  AQAP: 'IMGMOS', AQIM: 'IMGMOS', Daesh: 'IMGMOS', ISIL: 'IMGMOS',
  // International bodies.
  OPEC: 'IGOBUSOPC', OSCE: 'IGOEUROSC', 'Organization for Security and Cooperation in Europe': 'IGOEUROSC',
  WTO: 'IGOWTO', 'World Trade Organization': 'IGOWTO', WHO: 'IGOUNOWHO', 'World Health Organization': 'IGOUNOWHO',
  UNESCO: 'IGOUNO', UNDP: 'IGOUNO', UNRWA: 'IGOUNO', 'Gulf Cooperation Council': 'IGOGCC', GCC: 'IGOGCC',
  ECOWAS: 'IGOWAFWAS', 'Organization of American States': 'IGOAMEOAS', OAS: 'IGOAMEOAS', SADC: 'IGOSAFSAD',
  'Organisation of Islamic Cooperation': 'IGOMOSOIC', 'Organization of Islamic Cooperation': 'IGOMOSOIC', OIC: 'IGOMOSOIC',
  Interpol: 'IGOITP', Mercosur: 'IGOSAM', 'Council of Europe': 'IGOEURCOE', 'European Parliament': 'IGOEUREEC',
  'Doctors Without Borders': 'NGOMSF', MSF: 'NGOMSF', 'Medecins Sans Frontieres': 'NGOMSF', Greenpeace: 'NGO', Oxfam: 'NGO',
  'Reporters Without Borders': 'NGO', 'Transparency International': 'NGO', 'Save the Children': 'NGO',
};

/** Nouns that give an actor its sector: "Russian army" -> MIL, "Sudanese government" -> GOV. */
export const SECTOR_NOUNS: Record<string, string> = {
  government: 'GOV', govt: 'GOV', official: 'GOV', officials: 'GOV', authorities: 'GOV', ministry: 'GOV',
  minister: 'GOV', ministers: 'GOV', president: 'GOV', premier: 'GOV', cabinet: 'GOV', administration: 'GOV',
  leader: 'GOV', leaders: 'GOV', leadership: 'GOV', diplomat: 'GOV', diplomats: 'GOV', ambassador: 'GOV',
  embassy: 'GOV', envoy: 'GOV', spokesman: 'GOV', spokeswoman: 'GOV', spokesperson: 'GOV', negotiators: 'GOV',
  delegation: 'GOV', regime: 'GOV', rulers: 'GOV', secretary: 'GOV', chancellor: 'GOV', king: 'GOV', emir: 'GOV',
  council: 'GOV',
  military: 'MIL', army: 'MIL', forces: 'MIL', troops: 'MIL', soldiers: 'MIL', soldier: 'MIL', junta: 'MIL',
  navy: 'MIL', warships: 'MIL', tanks: 'MIL', helicopters: 'MIL', jets: 'MIL', generals: 'MIL', general: 'MIL',
  commander: 'MIL', militiamen: 'MIL', officers: 'MIL', defence: 'MIL', defense: 'MIL', peacekeepers: 'MIL',
  police: 'COP', policemen: 'COP', rebels: 'REB', rebel: 'REB', guerrillas: 'REB', guerillas: 'REB',
  insurgents: 'REB', militants: 'REB', separatists: 'REB', militia: 'REB', militias: 'REB', parliament: 'LEG',
  lawmakers: 'LEG', legislators: 'LEG', senate: 'LEG', congress: 'LEG', deputies: 'LEG', court: 'JUD',
  judge: 'JUD', prosecutor: 'JUD', prosecutors: 'JUD', opposition: 'OPP', civilians: 'CVL', residents: 'CVL',
  villagers: 'CVL', protesters: 'CVL', demonstrators: 'CVL', citizens: 'CVL', people: 'CVL', refugees: 'REF',
  workers: 'LAB', union: 'LAB', unions: 'LAB', students: 'EDU', teachers: 'EDU', businessman: 'BUS',
  businessmen: 'BUS', company: 'BUS', companies: 'BUS', newspaper: 'JRN', media: 'JRN', journalists: 'JRN',
  broadcaster: 'JRN', television: 'JRN', radio: 'JRN', intelligence: 'SPY', farmers: 'AGR', landowners: 'CVL',
  prisoners: 'CRM', detainees: 'CVL',
};

/** Words that may stand between a country word and its head noun ("Russian deputy defence minister"). */
export const NP_MODIFIERS = new Set([
  'deputy', 'senior', 'top', 'former', 'chief', 'foreign', 'interior', 'finance', 'trade', 'prime', 'vice', 'armed',
  'air', 'security', 'state', 'ruling', 'state-run', 'state-owned', 'high-ranking', 'special', 'new',
  'national', 'federal', 'local', 'regional', 'civilian', 'elected', 'interim', 'military-backed', 'riot', 'border',
  'paramilitary', 'secret', 'naval', 'opposition', 'rebel',
]);

/** Sector nouns that are strong enough to stand alone as an actor ("the junta", "the military"). */
export const STANDALONE_SECTOR_NOUNS = new Set([
  'junta', 'military', 'army', 'government', 'regime', 'rebels', 'police', 'authorities', 'opposition', 'parliament',
  'troops', 'protesters', 'insurgents', 'militants', 'guerrillas',
]);

/** Capitalised words that open titles of office; they join a name to its country ("Russian President Putin"). */
export const TITLE_WORDS = new Set([
  'President', 'Prime', 'Minister', 'Secretary', 'General', 'Senior', 'Chief', 'Commander', 'Foreign', 'Defence',
  'Defense', 'Security', 'Council', 'Deputy', 'Vice', 'Ambassador', 'Gen.', 'Lt.', 'Col.', 'Chairman', 'King',
  'Queen', 'Emir', 'Sheikh', 'Leader', 'Ministry', 'Interior', 'Federal', 'National', 'Assembly', 'Supreme',
  'Court', 'Army', 'Navy', 'Air', 'Force', 'Forces', 'Armed', 'Office', 'Prosecutor', 'State', 'Planning',
  'Investment', 'Labour', 'Labor', 'Finance', 'Trade', 'Affairs', 'Spokesman', 'Envoy',
]);

/** Capitalised words that start sentences or name times, never actors on their own. */
export const NOT_NAMES = new Set([
  'The', 'A', 'An', 'But', 'And', 'Or', 'In', 'On', 'At', 'By', 'For', 'From', 'To', 'Of', 'With', 'This', 'That',
  'These', 'Those', 'It', 'Its', 'He', 'She', 'They', 'We', 'I', 'You', 'His', 'Her', 'Their', 'Our', 'As',
  'After', 'Since', 'While', 'When', 'Under', 'During', 'Unlike', 'Only', 'Also', 'Some', 'Many', 'Most', 'Both',
  'Two', 'Three', 'Four', 'Five', 'Six', 'Up', 'About', 'Around', 'Thousands', 'Hundreds', 'Tens', 'Monday',
  'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April',
  'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Jan.', 'Feb.', 'Jan', 'Feb',
  'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Mr', 'Mrs',
  'Ms', 'Dr', 'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Western', 'Eastern', 'Northern', 'Southern', 'North', 'South', 'East',
  'West', 'Central', 'If', 'There', 'Here',
  'What', 'Who', 'How', 'Why', 'Where', 'Such', 'Other', 'Others', 'Analysts', 'Experts', 'Sources', 'Despite',
  'Meanwhile', 'However', 'Yet', 'So', 'Then', 'Now', 'Today', 'Yesterday', 'Tomorrow', 'Read', 'Share',
  'Recent', 'According', 'Continued', 'Rights', 'State', 'Security', 'Defence', 'Defense', 'Senior', 'Junta',
  'Former', 'Acting', 'Outgoing', 'Incoming', 'Interim', 'Retired', 'Exiled', 'Jailed', 'Ousted', 'Veteran', 'Top',
]);

/** Short words that stay lower-case in a title-cased headline. */
export const HEADLINE_LOWER_WORDS = new Set(['with', 'from', 'into', 'over', 'after', 'amid', 'than', 'upon', 'onto', 'that']);

/** Surnames that are also common words or names: only a title or first name before them makes them a leader. */
export const AMBIGUOUS_SURNAMES = new Set([
  'May', 'Major', 'Brown', 'Rice', 'Jonathan', 'Fox', 'Taylor', 'Doe', 'Begin', 'Sharon', 'Moon', 'Ramos', 'Salman',
  'Omar', 'Abdullah', 'Singh', 'Khan', 'Hussein', 'Faisal', 'Johnson', 'Harris', 'Powell', 'Gore', 'Barak',
  'Bennett', 'Lapid', 'Kerry', 'Fischer', 'Xi', 'Deng', 'Roh', 'Yoon', 'Abe', 'Fahd', 'Marcos', 'Aquino', 'Lula',
  'Castro', 'Ortega', 'Abbas', 'Saddam', 'Assad', 'Gandhi', 'Sharif', 'Bush', 'Clinton', 'Kim', 'Lee', 'Park',
  'Cameron', 'Macri', 'Moi', 'Wahid', 'Estrada', 'Ghani', 'Abiy', 'Milei', 'Wade', 'Bio', 'Horn', 'Klaus', 'Frei',
  'Perez', 'Garcia', 'Santos', 'Baker', 'Cook', 'Christopher', 'Gates', 'Perry', 'Cohen', 'Austin', 'Sullivan', 'Vance',
  'Katz', 'Herzog', 'Salam', 'Hamad', 'Tamim', 'Rama', 'Nano', 'Rao', 'Kan', 'Mori', 'Noda', 'Suga', 'Ivanov', 'Lebed',
  'Aziz', 'Sanchez', 'Fernandez', 'Castillo', 'Morales', 'Arce', 'Petro', 'Hague', 'Faye', 'Traore', 'Sall', 'Conte',
]);

/** Council names that belong to the UN alone but to a country when one precedes them. */
export const COUNTRY_BOUND_ORGS = new Set(['Security Council', 'General Assembly']);

/** Lower-case particles inside personal names ("Hamad bin Khalifa", "Ursula von der Leyen"). */
export const NAME_PARTICLE = /^(?:bin|ibn|al|el|de|del|da|van|von|der|abu|ben)$/;
