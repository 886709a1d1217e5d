//! Chains and brands people name in chat and that appear on bank statements, by country: the
//! regional half of the merchant dictionary (see `categorize.rs`). Names are folded as the
//! categorizer folds text: lowercase, no accents, punctuation and "&" as one space, a possessive
//! "'s" joined to its word ("nando's" → "nandos"). Names that are also everyday words are left out.

use ozzie_core::transaction::Category;
use ozzie_core::transaction::Category::*;
use ozzie_core::Language;

pub const REGIONAL_MERCHANTS: &[(&str, Category)] = &[
    // Canada's thrift chain, the US gym chain.
    ("value village", Clothing), ("planet fitness", Health),
    // Singapore's supermarket and transit card, Kenya's supermarkets, India's phone top-up, Mozambique's
    // prepaid power, Costa Rica's phone company and supermarket, the Dominican Republic's power company
    // and motorbike taxis, Panama's supermarket.
    ("ntuc fairprice", Food), ("fairprice", Food), ("ez link", Transport), ("naivas", Food), ("quickmart", Food),
    ("jio recharge", Utilities), ("credelec", Utilities), ("kolbi", Utilities), ("mas x menos", Food),
    ("edenorte", Utilities), ("motoconcho", Transport), ("super 99", Food),
    // India's supermarket and phone company, São Paulo's supermarket, Costa Rica's and Paraguay's.
    ("dmart", Food), ("airtel", Utilities), ("nagumo", Food), ("maxi pali", Food), ("salemma", Food),
    // United States: food
    ("albertsons", Food), ("vons", Food), ("harris teeter", Food), ("fred meyer", Food), ("king soopers", Food),
    ("jewel osco", Food), ("winn dixie", Food), ("bjs wholesale", Food), ("wholefoods", Food),
    ("samsclub", Food), ("7 eleven", Food), ("7eleven", Food), ("seven eleven", Food), ("dairy queen", Food),
    ("panda express", Food), ("raising canes", Food), ("buffalo wild wings", Food), ("texas roadhouse", Food),
    ("waffle house", Food), ("carls jr", Food), ("chickfila", Food),
    // United States: transport
    ("circle k", Transport), ("sheetz", Transport), ("quiktrip", Transport), ("citgo", Transport),
    ("phillips 66", Transport), ("wmata", Transport), ("nj transit", Transport), ("mbta", Transport),
    ("spirit airlines", Transport), ("alaska airlines", Transport), ("autozone", Transport),
    ("o reilly auto", Transport), ("oreilly auto", Transport),
    // United States: utilities
    ("xcel energy", Utilities), ("georgia power", Utilities), ("fpl", Utilities), ("entergy", Utilities),
    ("eversource", Utilities), ("cricket wireless", Utilities), ("metropcs", Utilities),
    ("boost mobile", Utilities), ("us cellular", Utilities),
    // United States: health
    ("golds gym", Health), ("crunch fitness", Health), ("orangetheory", Health), ("ymca", Health),
    ("lenscrafters", Health), ("goodrx", Health),
    // United States: entertainment
    ("six flags", Entertainment), ("seatgeek", Entertainment), ("siriusxm", Entertainment),
    ("gamestop", Entertainment), ("dave busters", Entertainment),
    // United States: education
    ("quizlet", Education), ("rosetta stone", Education), ("codecademy", Education),
    // United States: clothing
    ("kohls", Clothing), ("jcpenney", Clothing), ("jc penney", Clothing), ("dillards", Clothing),
    ("american eagle", Clothing), ("forever 21", Clothing), ("dsw", Clothing), ("famous footwear", Clothing),
    ("dicks sporting goods", Clothing), ("ross dress for less", Clothing),
    // United States: housing
    ("menards", Housing), ("ace hardware", Housing), ("harbor freight", Housing), ("homegoods", Housing),
    ("homedepot", Housing),
    // United States: other
    ("wal mart", Other), ("wm supercenter", Other), ("dollar general", Other), ("dollar tree", Other),
    ("family dollar", Other), ("bestbuy", Other),
    // Canada: food
    ("real canadian superstore", Food), ("save on foods", Food), ("freshco", Food), ("food basics", Food),
    ("foodland", Food), ("provigo", Food), ("t t supermarket", Food), ("fortinos", Food), ("longos", Food),
    ("farm boy", Food), ("independent grocer", Food), ("swiss chalet", Food), ("skip the dishes", Food),
    ("skipthedishes", Food), ("second cup", Food), ("pizza pizza", Food), ("boston pizza", Food),
    ("st hubert", Food), ("lcbo", Food), ("saq", Food), ("bc liquor", Food), ("couche tard", Food),
    // Canada: transport
    ("ultramar", Transport), ("irving oil", Transport), ("ttc", Transport), ("go transit", Transport),
    ("translink", Transport), ("oc transpo", Transport), ("via rail", Transport), ("air canada", Transport),
    ("westjet", Transport), ("porter airlines", Transport), ("flair airlines", Transport),
    ("impark", Transport),
    // Canada: utilities
    ("hydro one", Utilities), ("bc hydro", Utilities), ("hydro quebec", Utilities),
    ("toronto hydro", Utilities), ("enbridge", Utilities), ("fortisbc", Utilities), ("epcor", Utilities),
    ("enmax", Utilities), ("videotron", Utilities), ("koodo", Utilities), ("virgin plus", Utilities),
    ("freedom mobile", Utilities), ("public mobile", Utilities), ("cogeco", Utilities),
    ("shaw cablesystems", Utilities),
    // Canada: health
    ("rexall", Health), ("jean coutu", Health), ("pharmaprix", Health), ("london drugs", Health),
    ("familiprix", Health), ("goodlife fitness", Health), ("goodlife", Health), ("fit4less", Health), ("lifelabs", Health),
    // Canada: entertainment
    ("cineplex", Entertainment), ("landmark cinemas", Entertainment), ("canadas wonderland", Entertainment),
    ("sportsnet", Entertainment),
    // Canada: education
    ("indigo books", Education), ("chapters indigo", Education),
    // Canada: clothing
    ("aritzia", Clothing), ("la senza", Clothing), ("reitmans", Clothing), ("sport chek", Clothing),
    ("sportchek", Clothing), ("marks work wearhouse", Clothing), ("hudsons bay", Clothing),
    // Canada: housing
    ("home hardware", Housing), ("structube", Housing), ("leons furniture", Housing),
    ("sleep country", Housing),
    // Canada: other
    ("canadian tire", Other), ("dollarama", Other), ("giant tiger", Other), ("pet valu", Other),
    // United Kingdom: food
    ("co op food", Food), ("marks spencer", Food), ("marks and spencer", Food), ("ocado", Food),
    ("iceland foods", Food), ("farmfoods", Food), ("londis", Food), ("costcutter", Food), ("wetherspoon", Food),
    ("wetherspoons", Food), ("pizza express", Food), ("wagamama", Food),
    // United Kingdom: transport
    ("great western railway", Transport), ("gwr", Transport), ("avanti west coast", Transport),
    ("lner", Transport), ("thameslink", Transport), ("scotrail", Transport), ("national rail", Transport),
    ("stagecoach", Transport), ("national express", Transport), ("ringgo", Transport), ("justpark", Transport),
    ("paybyphone", Transport), ("british airways", Transport), ("jet2", Transport), ("kwik fit", Transport),
    ("halfords", Transport),
    // United Kingdom: utilities
    ("edf energy", Utilities), ("eon next", Utilities), ("scottish power", Utilities),
    ("utility warehouse", Utilities), ("severn trent", Utilities), ("united utilities", Utilities),
    ("anglian water", Utilities), ("yorkshire water", Utilities), ("southern water", Utilities),
    ("plusnet", Utilities), ("talktalk", Utilities), ("giffgaff", Utilities), ("tesco mobile", Utilities),
    ("sky broadband", Utilities),
    // United Kingdom: health
    ("superdrug", Health), ("lloyds pharmacy", Health), ("specsavers", Health), ("vision express", Health),
    ("gym group", Health), ("david lloyd", Health), ("bupa", Health), ("holland barrett", Health),
    // United Kingdom: entertainment
    ("everyman cinema", Entertainment), ("picturehouse", Entertainment), ("britbox", Entertainment),
    ("alton towers", Entertainment), ("hmv", Entertainment),
    // United Kingdom: education
    ("waterstones", Education), ("open university", Education),
    // United Kingdom: clothing
    ("tk maxx", Clothing), ("tkmaxx", Clothing), ("river island", Clothing), ("new look", Clothing),
    ("matalan", Clothing), ("sports direct", Clothing), ("jd sports", Clothing), ("debenhams", Clothing),
    ("schuh", Clothing),
    // United Kingdom: housing
    ("wickes", Housing), ("screwfix", Housing), ("toolstation", Housing), ("homebase", Housing),
    ("dunelm", Housing), ("rightmove", Housing),
    // United Kingdom: other
    ("currys", Other), ("whsmith", Other), ("poundland", Other), ("home bargains", Other),
    ("john lewis", Other), ("pets at home", Other),
    // Australia: food
    ("foodworks", Food), ("hungry jacks", Food), ("red rooster", Food), ("grilld", Food), ("grill d", Food),
    ("guzman y gomez", Food), ("zambrero", Food), ("menulog", Food), ("dan murphys", Food), ("bws", Food),
    ("liquorland", Food), ("boost juice", Food), ("muffin break", Food),
    // Australia: transport
    ("ampol", Transport), ("caltex", Transport), ("linkt", Transport), ("transport for nsw", Transport),
    ("smartrider", Transport), ("qantas", Transport), ("virgin australia", Transport), ("jetstar", Transport),
    ("ultra tune", Transport), ("repco", Transport), ("supercheap auto", Transport),
    ("wilson parking", Transport), ("nrma", Transport), ("racv", Transport),
    // Australia: utilities
    ("agl", Utilities), ("origin energy", Utilities), ("energyaustralia", Utilities),
    ("energy australia", Utilities), ("red energy", Utilities), ("alinta energy", Utilities),
    ("sydney water", Utilities), ("aussie broadband", Utilities), ("tpg", Utilities), ("iinet", Utilities),
    ("amaysim", Utilities), ("foxtel", Utilities),
    // Australia: health
    ("priceline pharmacy", Health), ("terrywhite chemmart", Health), ("terry white", Health),
    ("medibank", Health), ("hcf", Health), ("f45", Health), ("snap fitness", Health),
    // Australia: entertainment
    ("hoyts", Entertainment), ("event cinemas", Entertainment), ("village cinemas", Entertainment),
    ("kayo sports", Entertainment), ("ticketek", Entertainment), ("dreamworld", Entertainment),
    ("eb games", Entertainment),
    // Australia: education
    ("dymocks", Education), ("tafe", Education),
    // Australia: clothing
    ("cotton on", Clothing), ("myer", Clothing), ("david jones", Clothing), ("rebel sport", Clothing),
    ("sportsgirl", Clothing), ("just jeans", Clothing), ("lorna jane", Clothing),
    // Australia: housing
    ("freedom furniture", Housing), ("fantastic furniture", Housing), ("amart furniture", Housing),
    ("adairs", Housing), ("ray white", Housing),
    // Australia: other
    ("jb hi fi", Other), ("jbhifi", Other), ("kmart", Other), ("big w", Other), ("officeworks", Other),
    ("harvey norman", Other), ("reject shop", Other), ("petbarn", Other), ("australia post", Other),
    // New Zealand: food
    ("new world", Food), ("pak n save", Food), ("paknsave", Food), ("pak nsave", Food), ("four square", Food),
    ("fresh choice", Food), ("super liquor", Food), ("hell pizza", Food), ("burger fuel", Food),
    ("burgerfuel", Food), ("st pierres", Food), ("columbus coffee", Food), ("delivereasy", Food),
    ("my food bag", Food),
    // New Zealand: transport
    ("z energy", Transport), ("npd", Transport), ("at hop", Transport), ("metlink", Transport),
    ("air new zealand", Transport), ("air nz", Transport), ("interislander", Transport),
    ("bluebridge", Transport), ("waka kotahi", Transport), ("nzta", Transport),
    // New Zealand: utilities
    ("genesis energy", Utilities), ("mercury energy", Utilities), ("contact energy", Utilities),
    ("meridian energy", Utilities), ("trustpower", Utilities), ("electric kiwi", Utilities),
    ("powershop", Utilities), ("nova energy", Utilities), ("spark nz", Utilities), ("one nz", Utilities),
    ("2degrees", Utilities), ("skinny mobile", Utilities), ("watercare", Utilities),
    ("wellington water", Utilities), ("orcon", Utilities),
    // New Zealand: health
    ("unichem", Health), ("life pharmacy", Health), ("bargain chemist", Health),
    ("southern cross health", Health), ("les mills", Health), ("labtests", Health),
    // New Zealand: entertainment
    ("rainbows end", Entertainment), ("rialto cinemas", Entertainment),
    // New Zealand: education
    ("paper plus", Education), ("whitcoulls", Education), ("warehouse stationery", Education),
    // New Zealand: clothing
    ("glassons", Clothing), ("hallensteins", Clothing), ("macpac", Clothing), ("number one shoes", Clothing),
    // New Zealand: housing
    ("mitre 10", Housing), ("placemakers", Housing), ("briscoes", Housing), ("harcourts", Housing),
    // New Zealand: other
    ("noel leeming", Other), ("the warehouse", Other), ("smiths city", Other), ("trade me", Other),
    ("trademe", Other), ("animates", Other),
    // Brazil: food
    ("supermercados bh", Food), ("sonda supermercados", Food), ("tenda atacado", Food),
    ("fort atacadista", Food), ("giassi", Food), ("bistek", Food), ("super nosso", Food), ("verdemar", Food),
    ("mateus supermercados", Food), ("muffato", Food), ("china in box", Food), ("casa do pao de queijo", Food),
    ("ifd", Food),
    // Brazil: transport
    ("shell box", Transport), ("posto shell", Transport), ("vibra energia", Transport),
    ("metro rio", Transport), ("metrorio", Transport), ("supervia", Transport), ("ecovias", Transport),
    ("sptrans", Transport), ("riocard", Transport), ("clickbus", Transport), ("localiza", Transport),
    // Brazil: utilities
    ("neoenergia", Utilities), ("coelba", Utilities), ("celpe", Utilities), ("cpfl", Utilities),
    ("equatorial energia", Utilities), ("energisa", Utilities), ("compesa", Utilities), ("cagece", Utilities),
    ("caesb", Utilities), ("vivo fibra", Utilities), ("claro net", Utilities), ("algar telecom", Utilities),
    // Brazil: health
    ("drogaria venancio", Health), ("farmacias sao joao", Health), ("extrafarma", Health), ("bluefit", Health),
    ("selfit", Health), ("notredame intermedica", Health), ("prevent senior", Health),
    ("hermes pardini", Health), ("oticas carol", Health),
    // Brazil: entertainment
    ("cinesystem", Entertainment), ("eventim", Entertainment), ("beto carrero", Entertainment),
    ("hopi hari", Entertainment),
    // Brazil: education
    ("universidade estacio", Education), ("estacio de sa", Education), ("unip", Education),
    ("uninove", Education), ("yazigi", Education), ("estante virtual", Education), ("qconcursos", Education),
    // Brazil: clothing
    ("pernambucanas", Clothing), ("youcom", Clothing), ("farm rio", Clothing), ("lojas torra", Clothing),
    ("malwee", Clothing), ("track field", Clothing), ("olympikus", Clothing), ("zattini", Clothing),
    // Brazil: housing
    ("casa show", Housing), ("obramax", Housing), ("mobly", Housing), ("westwing", Housing),
    ("ferreira costa", Housing),
    // Brazil: other
    ("havan", Other), ("ponto frio", Other), ("pontofrio", Other), ("kabum", Other), ("fast shop", Other),
    ("lojas cem", Other), ("kalunga", Other), ("petlove", Other), ("quem disse berenice", Other),
    // Portugal: food
    ("auchan", Food), ("intermarche", Food), ("meu super", Food), ("apolonia", Food),
    ("padaria portuguesa", Food), ("portugalia", Food), ("bolt food", Food), ("jeronymo", Food),
    // Portugal: transport
    ("prio", Transport), ("comboios de portugal", Transport), ("metro de lisboa", Transport),
    ("metro do porto", Transport), ("carris", Transport), ("stcp", Transport), ("fertagus", Transport),
    ("rede expressos", Transport), ("flixbus", Transport), ("tap air portugal", Transport),
    ("tap portugal", Transport), ("emel", Transport), ("viva viagem", Transport), ("ascendi", Transport),
    ("norauto", Transport),
    // Portugal: utilities
    ("meo", Utilities), ("nos comunicacoes", Utilities), ("nowo", Utilities), ("epal", Utilities),
    ("aguas do porto", Utilities), ("goldenergy", Utilities),
    // Portugal: health
    ("cuf", Health), ("lusiadas saude", Health), ("hospital da luz", Health), ("trofa saude", Health),
    ("multicare", Health), ("medis", Health), ("advancecare", Health), ("fitness hut", Health),
    ("solinca", Health), ("holmes place", Health), ("synlab", Health), ("germano de sousa", Health),
    ("joaquim chaves", Health), ("multiopticas", Health),
    // Portugal: entertainment
    ("nos cinemas", Entertainment), ("cinema city", Entertainment), ("ticketline", Entertainment),
    ("blueticket", Entertainment), ("oceanario", Entertainment), ("zoomarine", Entertainment),
    ("sport tv", Entertainment),
    // Portugal: education
    ("bertrand", Education), ("livraria lello", Education), ("porto editora", Education),
    // Portugal: clothing
    ("salsa jeans", Clothing), ("parfois", Clothing), ("lanidor", Clothing), ("sacoor", Clothing),
    ("tiffosi", Clothing), ("throttleman", Clothing),
    // Portugal: housing
    ("maxmat", Housing), ("bricomarche", Housing), ("moviflor", Housing), ("imovirtual", Housing),
    // Portugal: other
    ("radio popular", Other), ("kiko milano", Other), ("perfumes companhia", Other), ("ctt", Other),
    ("olx", Other), ("flying tiger", Other),
    // Mexico: food
    ("superama", Food), ("walmart express", Food), ("fresko", Food), ("sumesa", Food), ("casa ley", Food),
    ("calimax", Food), ("tiendas 3b", Food), ("tiendas neto", Food), ("la europea", Food), ("sanborns", Food),
    ("sushi itto", Food), ("italiannis", Food), ("churchs chicken", Food), ("cielito querido", Food),
    ("cafe punta del cielo", Food), ("didi food", Food), ("bonafont", Food),
    // Mexico: transport
    ("g500", Transport), ("oxxo gas", Transport), ("hidrosina", Transport), ("petro 7", Transport),
    ("iave", Transport), ("televia", Transport), ("capufe", Transport), ("metro cdmx", Transport),
    ("ecobici", Transport), ("volaris", Transport), ("viva aerobus", Transport), ("vivaaerobus", Transport),
    ("aeromexico", Transport), ("primera plus", Transport), ("etn turistar", Transport),
    ("estrella roja", Transport),
    // Mexico: utilities
    ("axtel", Utilities), ("infinitum", Utilities), ("sacmex", Utilities), ("siapa", Utilities),
    ("zeta gas", Utilities), ("gas bienestar", Utilities),
    // Mexico: health
    ("farmacias benavides", Health), ("farmacias san pablo", Health), ("farmacias yza", Health),
    ("salud digna", Health), ("chopo", Health), ("olab", Health), ("sports world", Health),
    ("energy fitness", Health), ("devlyn", Health), ("hospital angeles", Health), ("medica sur", Health),
    ("star medica", Health),
    // Mexico: entertainment
    ("cinemex", Entertainment), ("superboletos", Entertainment), ("xcaret", Entertainment),
    ("claro video", Entertainment), ("blim tv", Entertainment), ("mixup", Entertainment),
    // Mexico: education
    ("libreria gandhi", Education), ("librerias gandhi", Education), ("tec de monterrey", Education),
    ("harmon hall", Education), ("quick learning", Education),
    // Mexico: clothing
    ("suburbia", Clothing), ("palacio de hierro", Clothing), ("price shoes", Clothing),
    ("cuidado con el perro", Clothing), ("innovasport", Clothing), ("deportes marti", Clothing),
    // Mexico: housing
    ("comex", Housing), ("muebles dico", Housing), ("inmuebles24", Housing),
    // Mexico: other
    ("coppel", Other), ("elektra", Other), ("waldos", Other), ("steren", Other), ("officemax", Other),
    ("radioshack", Other), ("sears", Other),
    // Argentina: food
    ("changomas", Food), ("chango mas", Food), ("diarco", Food), ("cooperativa obrera", Food),
    ("hiper libertad", Food), ("supermercados vea", Food), ("havanna", Food), ("cafe martinez", Food),
    ("bonafide", Food), ("freddo", Food), ("grido", Food), ("el club de la milanesa", Food), ("rapanui", Food),
    // Argentina: transport
    ("ypf", Transport), ("axion", Transport), ("axion energy", Transport), ("aerolineas argentinas", Transport),
    ("flybondi", Transport), ("trenes argentinos", Transport), ("emova", Transport), ("ausol", Transport),
    ("autopistas del sol", Transport), ("aubasa", Transport), ("telepase", Transport),
    ("plataforma 10", Transport), ("via bariloche", Transport), ("flecha bus", Transport),
    ("andesmar", Transport),
    // Argentina: utilities
    ("edelap", Utilities), ("epec", Utilities), ("camuzzi", Utilities), ("ecogas", Utilities),
    ("litoral gas", Utilities), ("telecom argentina", Utilities), ("cablevision", Utilities),
    ("aguas cordobesas", Utilities), ("iplan", Utilities), ("tuenti", Utilities),
    // Argentina: health
    ("dr ahorro", Health), ("osde", Health), ("swiss medical", Health), ("galeno", Health), ("medife", Health),
    ("omint", Health), ("sancor salud", Health), ("megatlon", Health), ("sportclub", Health),
    ("hospital italiano", Health), ("hospital aleman", Health),
    // Argentina: entertainment
    ("passline", Entertainment), ("teatro colon", Entertainment), ("cinemacenter", Entertainment),
    // Argentina: education
    ("el ateneo", Education), ("yenny", Education), ("cuspide", Education), ("uade", Education),
    ("coderhouse", Education), ("digital house", Education),
    // Argentina: clothing
    ("grimoldi", Clothing), ("kevingston", Clothing), ("akiabara", Clothing), ("stock center", Clothing),
    ("open sports", Clothing), ("solo deportes", Clothing), ("47 street", Clothing),
    ("jazmin chebar", Clothing),
    // Argentina: housing
    ("blaisten", Housing), ("pinturerias rex", Housing), ("zonaprop", Housing), ("argenprop", Housing),
    // Argentina: other
    ("fravega", Other), ("garbarino", Other), ("musimundo", Other), ("cetrogar", Other), ("megatone", Other),
    ("mercadopago", Other), ("mercadolibre", Other),
    // Colombia: food
    ("carulla", Food), ("surtimax", Food), ("super inter", Food), ("pricesmart", Food), ("juan valdez", Food),
    ("tostao", Food), ("frisby", Food), ("el corral", Food), ("crepes waffles", Food), ("kokoriko", Food),
    ("sandwich qbano", Food), ("qbano", Food), ("la brasa roja", Food), ("pan pa ya", Food), ("merqueo", Food),
    // Colombia: transport
    ("terpel", Transport), ("biomax", Transport), ("metro de medellin", Transport),
    ("tarjeta civica", Transport), ("metrocali", Transport), ("avianca", Transport), ("wingo", Transport),
    ("satena", Transport), ("flypass", Transport), ("picap", Transport), ("expreso bolivariano", Transport),
    ("copetran", Transport), ("city parking", Transport),
    // Colombia: utilities
    ("acueducto de bogota", Utilities), ("emcali", Utilities), ("air e", Utilities), ("afinia", Utilities),
    ("celsia", Utilities), ("gases de occidente", Utilities), ("surtigas", Utilities),
    ("gases del caribe", Utilities), ("etb", Utilities), ("tigo", Utilities), ("tigo une", Utilities),
    // Colombia: health
    ("farmatodo", Health), ("drogas la rebaja", Health), ("locatel", Health), ("colsanitas", Health),
    ("eps sura", Health), ("nueva eps", Health), ("famisanar", Health), ("colmedica", Health),
    ("coomeva", Health), ("spinning center", Health),
    // Colombia: entertainment
    ("cine colombia", Entertainment), ("royal films", Entertainment), ("tuboleta", Entertainment),
    ("salitre magico", Entertainment), ("mundo aventura", Entertainment), ("win sports", Entertainment),
    // Colombia: education
    ("libreria panamericana", Education), ("libreria nacional", Education),
    // Colombia: clothing
    ("arturo calle", Clothing), ("studio f", Clothing), ("koaj", Clothing), ("totto", Clothing),
    ("pat primo", Clothing), ("gef", Clothing), ("punto blanco", Clothing), ("offcorss", Clothing),
    ("leonisa", Clothing), ("mario hernandez", Clothing), ("spring step", Clothing),
    // Colombia: housing
    ("homecenter", Housing), ("tugo", Housing), ("muebles jamar", Housing), ("metrocuadrado", Housing),
    ("finca raiz", Housing), ("fincaraiz", Housing),
    // Colombia: other
    ("alkosto", Other), ("ktronix", Other), ("dollarcity", Other), ("miniso", Other), ("linio", Other),
    // Chile: food
    ("hiper lider", Food), ("lider express", Food), ("express de lider", Food), ("unimarc", Food),
    ("tottus", Food), ("acuenta", Food), ("mayorista 10", Food), ("alvi", Food), ("ok market", Food),
    ("pronto copec", Food), ("juan maestro", Food), ("doggis", Food), ("emporio la rosa", Food),
    // Chile: transport
    ("copec", Transport), ("enex", Transport), ("metro de santiago", Transport), ("red movilidad", Transport),
    ("autopista central", Transport), ("costanera norte", Transport), ("vespucio norte", Transport),
    ("vespucio sur", Transport), ("sky airline", Transport), ("jetsmart", Transport), ("turbus", Transport),
    ("tur bus", Transport), ("pullman bus", Transport),
    // Chile: utilities
    ("cge", Utilities), ("chilquinta", Utilities), ("saesa", Utilities), ("aguas andinas", Utilities),
    ("esval", Utilities), ("essbio", Utilities), ("abastible", Utilities), ("lipigas", Utilities),
    ("gasco", Utilities), ("entel", Utilities), ("wom", Utilities), ("vtr", Utilities),
    // Chile: health
    ("salcobrand", Health), ("farmacias ahumada", Health), ("dr simi", Health), ("banmedica", Health),
    ("consalud", Health), ("cruz blanca", Health), ("nueva masvida", Health), ("clinica alemana", Health),
    ("clinica las condes", Health), ("integramedica", Health), ("redsalud", Health), ("sportlife", Health),
    ("pacific fitness", Health), ("opticas gmo", Health), ("rotter krauss", Health),
    // Chile: entertainment
    ("puntoticket", Entertainment), ("fantasilandia", Entertainment),
    // Chile: education
    ("libreria antartica", Education), ("duoc uc", Education), ("duoc", Education), ("inacap", Education),
    // Chile: clothing
    ("falabella", Clothing), ("ripley", Clothing), ("la polar", Clothing), ("hites", Clothing),
    ("fashions park", Clothing),
    // Chile: housing
    ("sodimac", Housing), ("construmart", Housing), ("chilemat", Housing), ("casaideas", Housing),
    ("casa ideas", Housing), ("portal inmobiliario", Housing),
    // Chile: other
    ("abcdin", Other), ("pc factory", Other), ("preunic", Other), ("maicao", Other), ("daiso", Other),
    // Peru: food
    ("plaza vea", Food), ("vivanda", Food), ("tiendas mass", Food), ("bembos", Food), ("pardos chicken", Food),
    ("norkys", Food), ("rokys", Food), ("la lucha sangucheria", Food), ("don belisario", Food),
    ("chinawok", Food),
    // Peru: transport
    ("primax", Transport), ("pecsa", Transport), ("petroperu", Transport), ("metropolitano", Transport),
    ("metro de lima", Transport), ("cruz del sur", Transport), ("oltursa", Transport), ("civa", Transport),
    ("movil bus", Transport), ("lima expresa", Transport), ("rutas de lima", Transport),
    // Peru: utilities
    ("luz del sur", Utilities), ("sedapal", Utilities), ("calidda", Utilities), ("bitel", Utilities),
    ("hidrandina", Utilities),
    // Peru: health
    ("inkafarma", Health), ("mifarma", Health), ("boticas arcangel", Health), ("boticas y salud", Health),
    ("clinica internacional", Health), ("clinica ricardo palma", Health), ("sanna", Health), ("auna", Health),
    ("oncosalud", Health),
    // Peru: entertainment
    ("cineplanet", Entertainment), ("cinestar", Entertainment), ("uvk", Entertainment),
    ("teleticket", Entertainment), ("joinnus", Entertainment),
    // Peru: education
    ("crehana", Education), ("libreria crisol", Education), ("tai loy", Education), ("icpna", Education),
    ("pucp", Education), ("usil", Education),
    // Peru: clothing
    ("saga falabella", Clothing), ("oechsle", Clothing), ("topitop", Clothing),
    // Peru: housing
    ("promart", Housing), ("urbania", Housing), ("adondevivir", Housing),
    // Peru: other
    ("hiraoka", Other), ("coolbox", Other), ("la curacao", Other), ("tiendas efe", Other),
    // Spain: food
    ("supercor", Food), ("bm supermercados", Food), ("hiperdino", Food), ("coviran", Food), ("masymas", Food),
    ("bonarea", Food), ("makro", Food), ("lizarran", Food), ("la tagliatella", Food), ("the good burger", Food),
    ("muerde la pasta", Food), ("granier", Food),
    // Spain: transport
    ("ballenoil", Transport), ("petroprix", Transport), ("plenoil", Transport), ("petronor", Transport),
    ("metrovalencia", Transport), ("fgc", Transport), ("euskotren", Transport), ("air europa", Transport),
    ("volotea", Transport), ("telpark", Transport), ("empark", Transport), ("europcar", Transport),
    ("sixt", Transport), ("carglass", Transport),
    // Spain: utilities
    ("lowi", Utilities), ("pepephone", Utilities), ("simyo", Utilities), ("finetwork", Utilities),
    ("euskaltel", Utilities), ("telecable", Utilities), ("emasesa", Utilities), ("aqualia", Utilities),
    ("som energia", Utilities), ("energia xxi", Utilities), ("nedgia", Utilities),
    // Spain: health
    ("dreamfit", Health), ("altafit", Health), ("synergym", Health), ("asisa", Health),
    ("general optica", Health), ("alain afflelou", Health), ("opticalia", Health), ("visionlab", Health),
    ("vitaldent", Health), ("promofarma", Health),
    // Spain: entertainment
    ("ocine", Entertainment), ("portaventura", Entertainment), ("port aventura", Entertainment),
    ("parque warner", Entertainment), ("rakuten tv", Entertainment),
    // Spain: education
    ("uned", Education), ("universidad europea", Education), ("british council", Education),
    ("berlitz", Education),
    // Spain: clothing
    ("el ganso", Clothing), ("bimba y lola", Clothing), ("sfera", Clothing), ("women secret", Clothing),
    ("womensecret", Clothing), ("merkal", Clothing), ("forum sport", Clothing), ("intersport", Clothing),
    ("pedro del hierro", Clothing),
    // Spain: housing
    ("bricor", Housing), ("jysk", Housing), ("kave home", Housing), ("idealista", Housing),
    ("fotocasa", Housing), ("habitaclia", Housing),
    // Spain: other
    ("primaprix", Other), ("pccomponentes", Other), ("kiwoko", Other), ("zooplus", Other), ("wallapop", Other),
    ("vinted", Other),
    // United States, Northeast: food
    ("price chopper", Food), ("market 32", Food), ("hannaford", Food), ("big y", Food), ("tops markets", Food),
    ("market basket", Food), ("demoulas", Food), ("acme markets", Food), ("weis markets", Food),
    ("giant food", Food), ("key food", Food), ("c town", Food), ("fairway market", Food),
    ("stew leonards", Food), ("price rite", Food), ("star market", Food), ("the fresh grocer", Food),
    ("zabars", Food), ("h mart", Food), ("99 ranch market", Food), ("patel brothers", Food),
    // United States, South and Florida: food
    ("ingles markets", Food), ("bi lo", Food), ("bilo", Food), ("lowes foods", Food), ("earth fare", Food),
    ("the fresh market", Food), ("rouses market", Food), ("brookshire brothers", Food), ("savealot", Food),
    ("sedanos supermarket", Food), ("presidente supermarket", Food), ("fresco y mas", Food),
    // United States, Texas: food
    ("h e b", Food), ("central market", Food), ("fiesta mart", Food), ("tom thumb", Food),
    // United States, Midwest: food
    ("pick n save", Food), ("festival foods", Food), ("woodmans markets", Food), ("cub foods", Food),
    ("lunds byerlys", Food), ("dillons food stores", Food), ("fresh thyme", Food), ("county market", Food),
    ("marianos fresh market", Food),
    // United States, West: food
    ("frys food", Food), ("smiths food and drug", Food), ("qfc", Food), ("stater bros", Food),
    ("grocery outlet", Food), ("nob hill foods", Food), ("save mart", Food), ("lucky supermarkets", Food),
    ("vallarta supermarkets", Food), ("gelsons", Food), ("bristol farms", Food), ("erewhon", Food),
    ("new seasons market", Food), ("natural grocers", Food), ("smart final", Food), ("smart and final", Food),
    // United States: restaurants, cafes and delivery
    ("steak n shake", Food), ("white castle", Food), ("bojangles", Food), ("el pollo loco", Food),
    ("del taco", Food), ("firehouse subs", Food), ("jasons deli", Food), ("pf changs", Food),
    ("p f changs", Food), ("cracker barrel", Food), ("tgi fridays", Food), ("longhorn steakhouse", Food),
    ("red robin", Food), ("chuck e cheese", Food), ("tropical smoothie cafe", Food), ("smoothie king", Food),
    ("jamba juice", Food), ("auntie annes", Food), ("crumbl cookies", Food), ("insomnia cookies", Food),
    ("nothing bundt cakes", Food), ("sonic drive in", Food), ("smashburger", Food), ("daves hot chicken", Food),
    ("halal guys", Food), ("total wine", Food), ("gopuff", Food), ("amazon fresh", Food), ("freshdirect", Food),
    ("thrive market", Food), ("hellofresh", Food), ("hello fresh", Food),
    // United States: transport
    ("kwik trip", Transport), ("caseys general store", Transport), ("loves travel stop", Transport),
    ("pilot flying j", Transport), ("flying j", Transport), ("murphy usa", Transport),
    ("cumberland farms", Transport), ("costco gas", Transport), ("bucees", Transport), ("lirr", Transport),
    ("metro north", Transport), ("smartrip", Transport), ("charliecard", Transport), ("la metro", Transport),
    ("metrolink", Transport), ("caltrain", Transport), ("brightline", Transport), ("citi bike", Transport),
    ("citibike", Transport), ("toll by plate", Transport), ("waymo", Transport), ("laz parking", Transport),
    ("pep boys", Transport), ("discount tire", Transport), ("valvoline", Transport),
    ("napa auto parts", Transport), ("advance auto parts", Transport), ("national car rental", Transport),
    ("alamo rent a car", Transport), ("budget rent a car", Transport), ("turo", Transport),
    ("zipcar", Transport), ("carmax", Transport), ("frontier airlines", Transport),
    ("allegiant air", Transport), ("hawaiian airlines", Transport),
    // United States: utilities
    ("ameren", Utilities), ("consumers energy", Utilities), ("dte energy", Utilities), ("oncor", Utilities),
    ("reliant energy", Utilities), ("direct energy", Utilities), ("centerpoint energy", Utilities),
    ("atmos energy", Utilities), ("ladwp", Utilities), ("salt river project", Utilities),
    ("arizona public service", Utilities), ("nv energy", Utilities), ("puget sound energy", Utilities),
    ("portland general electric", Utilities), ("socalgas", Utilities), ("socal gas", Utilities),
    ("southwest gas", Utilities), ("peoples gas", Utilities), ("nicor gas", Utilities),
    ("columbia gas", Utilities), ("baltimore gas and electric", Utilities), ("ppl electric", Utilities),
    ("firstenergy", Utilities), ("alabama power", Utilities), ("tampa electric", Utilities),
    ("american water", Utilities), ("frontier communications", Utilities), ("centurylink", Utilities),
    ("google fiber", Utilities), ("dish network", Utilities), ("tracfone", Utilities),
    ("total wireless", Utilities), ("xfinity mobile", Utilities), ("spectrum mobile", Utilities),
    ("visible wireless", Utilities), ("waste management", Utilities), ("republic services", Utilities),
    // United States: health
    ("duane reade", Health), ("amazon pharmacy", Health), ("express scripts", Health), ("cvs caremark", Health),
    ("minuteclinic", Health), ("citymd", Health), ("teladoc", Health), ("betterhelp", Health),
    ("weight watchers", Health), ("lifetime fitness", Health), ("blink fitness", Health), ("classpass", Health),
    ("warby parker", Health), ("pearle vision", Health), ("aspen dental", Health), ("delta dental", Health),
    ("oscar health", Health), ("kaiser permanente", Health),
    // United States: entertainment
    ("alamo drafthouse", Entertainment), ("vivid seats", Entertainment), ("walt disney world", Entertainment),
    ("disneyland", Entertainment), ("universal studios", Entertainment), ("seaworld", Entertainment),
    ("legoland", Entertainment), ("topgolf", Entertainment), ("discovery plus", Entertainment),
    ("espn plus", Entertainment), ("amazon music", Entertainment), ("youtube tv", Entertainment),
    ("fubotv", Entertainment), ("nfl sunday ticket", Entertainment), ("epic games", Entertainment),
    ("roblox", Entertainment),
    // United States: sports teams and venues
    ("new york giants", Entertainment), ("new york jets", Entertainment),
    ("new england patriots", Entertainment), ("buffalo bills", Entertainment),
    ("miami dolphins", Entertainment), ("pittsburgh steelers", Entertainment),
    ("baltimore ravens", Entertainment), ("cleveland browns", Entertainment),
    ("cincinnati bengals", Entertainment), ("houston texans", Entertainment),
    ("indianapolis colts", Entertainment), ("tennessee titans", Entertainment),
    ("jacksonville jaguars", Entertainment), ("kansas city chiefs", Entertainment),
    ("las vegas raiders", Entertainment), ("los angeles chargers", Entertainment),
    ("denver broncos", Entertainment), ("dallas cowboys", Entertainment),
    ("philadelphia eagles", Entertainment), ("washington commanders", Entertainment),
    ("chicago bears", Entertainment), ("green bay packers", Entertainment),
    ("minnesota vikings", Entertainment), ("detroit lions", Entertainment),
    ("tampa bay buccaneers", Entertainment), ("new orleans saints", Entertainment),
    ("atlanta falcons", Entertainment), ("carolina panthers", Entertainment),
    ("san francisco 49ers", Entertainment), ("seattle seahawks", Entertainment),
    ("los angeles rams", Entertainment), ("arizona cardinals", Entertainment),
    ("new york yankees", Entertainment), ("boston red sox", Entertainment), ("chicago cubs", Entertainment),
    ("los angeles dodgers", Entertainment), ("la dodgers", Entertainment),
    ("kansas city royals", Entertainment), ("los angeles lakers", Entertainment), ("la lakers", Entertainment),
    ("boston celtics", Entertainment), ("golden state warriors", Entertainment),
    ("new york knicks", Entertainment), ("madison square garden", Entertainment),
    ("yankee stadium", Entertainment), ("fenway park", Entertainment), ("wrigley field", Entertainment),
    ("sofi stadium", Entertainment), ("sphere las vegas", Entertainment),
    // United States: education
    ("university of phoenix", Education), ("snhu", Education), ("wgu", Education),
    ("arizona state university", Education), ("new york university", Education), ("nyu", Education),
    ("columbia university", Education), ("ucla", Education), ("uc berkeley", Education),
    ("pluralsight", Education), ("course hero", Education), ("grammarly", Education),
    ("half price books", Education), ("books a million", Education), ("college board", Education),
    // United States: clothing
    ("burlington coat factory", Clothing), ("saks fifth avenue", Clothing), ("neiman marcus", Clothing),
    ("bloomingdales", Clothing), ("belk", Clothing), ("abercrombie", Clothing), ("hollister co", Clothing),
    ("urban outfitters", Clothing), ("anthropologie", Clothing), ("fashion nova", Clothing),
    ("ll bean", Clothing), ("rei co op", Clothing), ("the north face", Clothing),
    ("columbia sportswear", Clothing), ("carhartt", Clothing), ("bass pro shops", Clothing),
    ("academy sports", Clothing), ("skechers", Clothing), ("steve madden", Clothing),
    ("under armour", Clothing), ("reebok", Clothing), ("ralph lauren", Clothing), ("tommy hilfiger", Clothing),
    ("calvin klein", Clothing), ("michael kors", Clothing), ("victorias secret", Clothing),
    ("mens wearhouse", Clothing),
    // United States: housing
    ("floor and decor", Housing), ("sherwin williams", Housing), ("tractor supply", Housing),
    ("bed bath and beyond", Housing), ("pottery barn", Housing), ("williams sonoma", Housing),
    ("crate and barrel", Housing), ("ashley furniture", Housing), ("rooms to go", Housing),
    ("bobs discount furniture", Housing), ("mattress firm", Housing), ("sleep number", Housing),
    ("the container store", Housing), ("realtor com", Housing), ("trulia", Housing),
    ("public storage", Housing), ("extra space storage", Housing), ("u haul", Housing), ("simplisafe", Housing),
    // United States: other
    ("five below", Other), ("big lots", Other), ("micro center", Other), ("newegg", Other),
    ("bath and body works", Other), ("hobby lobby", Other), ("party city", Other), ("usps", Other),
    ("the ups store", Other), ("fedex", Other), ("dhl", Other), ("temu", Other),
    // Canada: food
    ("super c", Food), ("marche adonis", Food), ("zehrs", Food), ("valu mart", Food),
    ("atlantic superstore", Food), ("calgary co op", Food), ("thrifty foods", Food), ("voila by sobeys", Food),
    ("pc express", Food), ("bulk barn", Food), ("mary browns chicken", Food), ("the keg", Food),
    ("cactus club cafe", Food), ("the beer store", Food),
    // Canada: transport
    ("stm montreal", Transport), ("opus card", Transport), ("calgary transit", Transport),
    ("bc ferries", Transport), ("407 etr", Transport), ("407etr", Transport), ("communauto", Transport),
    ("bixi", Transport), ("air transat", Transport), ("sunwing", Transport), ("mr lube", Transport),
    // Canada: utilities
    ("alectra utilities", Utilities), ("hydro ottawa", Utilities), ("manitoba hydro", Utilities),
    ("saskpower", Utilities), ("sasktel", Utilities), ("nb power", Utilities), ("nova scotia power", Utilities),
    ("atco gas", Utilities), ("eastlink", Utilities), ("chatr mobile", Utilities), ("lucky mobile", Utilities),
    ("fizz mobile", Utilities),
    // Canada: health
    ("uniprix", Health), ("pharmacie brunet", Health), ("pharmasave", Health),
    // Canada: entertainment
    ("crave tv", Entertainment), ("cn tower", Entertainment), ("toronto blue jays", Entertainment),
    ("toronto raptors", Entertainment), ("toronto maple leafs", Entertainment),
    ("montreal canadiens", Entertainment), ("vancouver canucks", Entertainment),
    ("edmonton oilers", Entertainment),
    // Canada: education
    ("university of toronto", Education), ("mcgill university", Education),
    ("university of british columbia", Education), ("university of waterloo", Education),
    // Canada: clothing
    ("la maison simons", Clothing), ("canada goose", Clothing), ("joe fresh", Clothing),
    // Canada: housing
    ("reno depot", Housing), ("the brick furniture", Housing), ("realtor ca", Housing),
    ("royal lepage", Housing),
    // Canada: other
    ("homesense", Other), ("canada post", Other), ("postes canada", Other), ("purolator", Other),
    ("kijiji", Other),
    // United Kingdom: food
    ("nisa local", Food), ("mccolls", Food), ("zizzi", Food), ("bella italia", Food), ("ask italian", Food),
    ("frankie and bennys", Food), ("toby carvery", Food), ("franco manca", Food), ("honest burgers", Food),
    ("gourmet burger kitchen", Food), ("itsu", Food), ("yo sushi", Food), ("dishoom", Food),
    ("gails bakery", Food), ("majestic wine", Food), ("naked wines", Food), ("tesco express", Food),
    ("sainsburys local", Food),
    // United Kingdom: transport
    ("southern railway", Transport), ("south western railway", Transport), ("crosscountry trains", Transport),
    ("transpennine express", Transport), ("northern rail", Transport), ("greater anglia", Transport),
    ("merseyrail", Transport), ("elizabeth line", Transport), ("heathrow express", Transport),
    ("gatwick express", Transport), ("eurostar", Transport), ("santander cycles", Transport),
    ("first bus", Transport), ("arriva bus", Transport), ("megabus", Transport), ("addison lee", Transport),
    ("virgin atlantic", Transport), ("tui airways", Transport), ("wizz air", Transport),
    ("ncp parking", Transport), ("q park", Transport), ("dart charge", Transport), ("dvla", Transport),
    // United Kingdom: utilities
    ("eon energy", Utilities), ("affinity water", Utilities), ("welsh water", Utilities),
    ("scottish water", Utilities), ("south east water", Utilities), ("three mobile", Utilities),
    ("smarty mobile", Utilities), ("lebara mobile", Utilities), ("sky mobile", Utilities),
    ("bt mobile", Utilities), ("hyperoptic", Utilities), ("community fibre", Utilities),
    ("zen internet", Utilities), ("tv licensing", Utilities),
    // United Kingdom: health
    ("nuffield health", Health), ("spire healthcare", Health), ("simplyhealth", Health), ("mydentist", Health),
    ("well pharmacy", Health), ("optical express", Health), ("virgin active", Health), ("better gym", Health),
    ("fitness first", Health), ("jd gym", Health),
    // United Kingdom: entertainment
    ("thorpe park", Entertainment), ("madame tussauds", Entertainment), ("london eye", Entertainment),
    ("english heritage", Entertainment), ("national trust", Entertainment), ("sky sports", Entertainment),
    ("wembley stadium", Entertainment), ("old trafford", Entertainment), ("emirates stadium", Entertainment),
    ("o2 arena", Entertainment), ("manchester united", Entertainment), ("man utd", Entertainment),
    ("man united", Entertainment), ("manchester city", Entertainment), ("man city", Entertainment),
    ("liverpool fc", Entertainment), ("arsenal fc", Entertainment), ("chelsea fc", Entertainment),
    ("tottenham hotspur", Entertainment), ("newcastle united", Entertainment), ("aston villa", Entertainment),
    ("celtic fc", Entertainment), ("rangers fc", Entertainment),
    // United Kingdom: education
    ("abebooks", Education), ("ucas", Education), ("futurelearn", Education),
    ("imperial college london", Education), ("university college london", Education),
    ("university of oxford", Education), ("university of cambridge", Education),
    // United Kingdom: clothing
    ("fat face", Clothing), ("ted baker", Clothing), ("allsaints", Clothing), ("superdry", Clothing),
    ("jack wills", Clothing), ("topshop", Clothing), ("prettylittlething", Clothing),
    ("mountain warehouse", Clothing), ("clarks shoes", Clothing), ("sweaty betty", Clothing),
    ("gymshark", Clothing), ("hugo boss", Clothing),
    // United Kingdom: housing
    ("robert dyas", Housing), ("dfs", Housing), ("wren kitchens", Housing), ("travis perkins", Housing),
    ("onthemarket", Housing), ("openrent", Housing), ("spareroom", Housing), ("foxtons", Housing),
    ("purplebricks", Housing),
    // United Kingdom: other
    ("card factory", Other), ("selfridges", Other), ("house of fraser", Other), ("royal mail", Other),
    ("evri", Other), ("parcelforce", Other), ("richer sounds", Other),
    // Ireland: food
    ("eurospar", Food), ("supermacs", Food), ("eddie rockets", Food), ("apache pizza", Food),
    // Ireland: transport
    ("dublin bus", Transport), ("irish rail", Transport), ("iarnrod eireann", Transport),
    ("bus eireann", Transport), ("aer lingus", Transport), ("applegreen", Transport), ("maxol", Transport),
    // Ireland: utilities
    ("electric ireland", Utilities), ("sse airtricity", Utilities), ("airtricity", Utilities),
    ("irish water", Utilities), ("esb networks", Utilities),
    // Ireland: education
    ("trinity college dublin", Education), ("university college dublin", Education),
    // Ireland: clothing
    ("penneys", Clothing), ("brown thomas", Clothing),
    // Ireland: housing
    ("woodies diy", Housing), ("daft ie", Housing),
    // Ireland: other
    ("an post", Other),
    // Australia: food
    ("drakes supermarkets", Food), ("spudshed", Food), ("mad mex", Food), ("bakers delight", Food),
    ("michels patisserie", Food), ("donut king", Food), ("gloria jeans", Food), ("the coffee club", Food),
    ("first choice liquor", Food),
    // Australia: transport
    ("reddy express", Transport), ("coles express", Transport), ("united petroleum", Transport),
    ("go card", Transport), ("queensland rail", Transport), ("sydney trains", Transport), ("v line", Transport),
    ("adelaide metro", Transport), ("transperth", Transport), ("13cabs", Transport),
    // Australia: utilities
    ("simply energy", Utilities), ("lumo energy", Utilities), ("momentum energy", Utilities),
    ("ergon energy", Utilities), ("energex", Utilities), ("ausgrid", Utilities),
    ("yarra valley water", Utilities), ("sa water", Utilities), ("superloop", Utilities), ("nbn co", Utilities),
    // Australia: health
    ("nib health", Health), ("hbf", Health), ("sonic healthcare", Health), ("plus fitness", Health),
    ("jetts fitness", Health), ("opsm", Health), ("bailey nelson", Health),
    // Australia: entertainment
    ("reading cinemas", Entertainment), ("warner bros movie world", Entertainment),
    ("taronga zoo", Entertainment), ("sydney opera house", Entertainment), ("optus sport", Entertainment),
    ("melbourne cricket ground", Entertainment), ("rod laver arena", Entertainment),
    // Australia: education
    ("booktopia", Education), ("university of sydney", Education), ("unsw", Education),
    ("university of melbourne", Education), ("rmit", Education),
    // Australia: clothing
    ("universal store", Clothing), ("platypus shoes", Clothing), ("hype dc", Clothing),
    ("the athletes foot", Clothing), ("rm williams", Clothing), ("best and less", Clothing),
    ("tarocash", Clothing),
    // Australia: housing
    ("nick scali", Housing), ("domayne", Housing), ("realestate com au", Housing), ("domain com au", Housing),
    ("lj hooker", Housing), ("flatmates com au", Housing),
    // Australia: other
    ("mecca cosmetica", Other), ("petstock", Other),
    // New Zealand: food
    ("moore wilsons", Food), ("liquor king", Food),
    // New Zealand: transport
    ("bee card", Transport), ("snapper card", Transport), ("kiwirail", Transport),
    ("intercity coachlines", Transport),
    // New Zealand: utilities
    ("flick electric", Utilities), ("rockgas", Utilities),
    // New Zealand: health
    ("city fitness", Health),
    // New Zealand: entertainment
    ("eventfinda", Entertainment), ("sky tower", Entertainment),
    // New Zealand: education
    ("university of auckland", Education), ("victoria university of wellington", Education),
    ("university of otago", Education),
    // New Zealand: housing
    ("barfoot thompson", Housing), ("barfoot and thompson", Housing),
    // New Zealand: other
    ("pb tech", Other), ("nz post", Other),
    // South Africa: food
    ("boxer superstores", Food), ("food lovers market", Food), ("sixty60", Food), ("fruit and veg city", Food),
    ("spur steak ranches", Food), ("ocean basket", Food), ("debonairs pizza", Food), ("romans pizza", Food),
    ("chicken licken", Food), ("mugg bean", Food), ("mr d food", Food),
    // South Africa: transport
    ("astron energy", Transport), ("gautrain", Transport), ("myciti", Transport), ("intercape", Transport),
    ("flysafair", Transport), ("south african airways", Transport),
    // South Africa: utilities
    ("eskom", Utilities), ("mtn airtime", Utilities), ("city of johannesburg", Utilities),
    ("vodacom", Utilities), ("cell c", Utilities), ("telkom", Utilities), ("rain mobile", Utilities),
    // South Africa: health
    ("medirite", Health), ("dischem", Health), ("discovery health", Health), ("netcare", Health),
    ("mediclinic", Health), ("ampath", Health),
    // South Africa: entertainment
    ("ster kinekor", Entertainment), ("nu metro", Entertainment), ("computicket", Entertainment),
    ("gold reef city", Entertainment), ("dstv", Entertainment),
    // South Africa: education
    ("university of cape town", Education), ("wits university", Education),
    ("stellenbosch university", Education), ("exclusive books", Education),
    // South Africa: clothing
    ("jet stores", Clothing), ("pep stores", Clothing), ("truworths", Clothing), ("foschini", Clothing),
    ("sportscene", Clothing),
    // South Africa: housing
    ("builders warehouse", Housing), ("cashbuild", Housing), ("lewis stores", Housing),
    ("mr price home", Housing), ("private property", Housing), ("property24", Housing),
    // South Africa: other
    ("takealot", Other), ("incredible connection", Other), ("hifi corp", Other), ("postnet", Other),
    // Brazil, São Paulo: food
    ("roldao atacadista", Food), ("spani atacadista", Food), ("semar supermercados", Food),
    ("nagumo supermercados", Food), ("hirota food", Food), ("andorinha hipermercado", Food),
    ("enxuto supermercados", Food), ("covabra", Food), ("joanin supermercados", Food),
    ("supermercados sao vicente", Food), ("shibata supermercados", Food), ("higa atacado", Food),
    ("dalben supermercados", Food), ("jau serve", Food), ("coop supermercados", Food),
    ("carrefour bairro", Food), ("minuto pao de acucar", Food),
    // Brazil, Minas Gerais: food
    ("epa supermercados", Food), ("mart minas", Food), ("martminas", Food), ("villefort atacadista", Food),
    ("supermercados bretas", Food), ("bretas supermercados", Food), ("apoio mineiro", Food),
    ("supermercados abc", Food), ("coelho diniz", Food), ("bahamas supermercados", Food),
    // Brazil, Rio de Janeiro: food
    ("zona sul supermercados", Food), ("supermercados zona sul", Food), ("supermarket rio", Food),
    ("redeconomia", Food), ("supermercados vianense", Food), ("supermercados princesa", Food),
    ("supermercados campeao", Food), ("superprix", Food),
    // Brazil, Bahia and Sergipe: food
    ("g barbosa", Food), ("hiperideal", Food), ("rede mix supermercados", Food),
    // Brazil, Pernambuco, Ceará and the Northeast: food
    ("arco mix", Food), ("arcomix", Food), ("mix mateus", Food), ("supermercados mateus", Food),
    ("carvalho supermercados", Food), ("supermercado nordestao", Food), ("nordestao", Food),
    ("pinheiro supermercado", Food), ("mercadinhos sao luiz", Food), ("cometa supermercados", Food),
    ("frangolandia", Food),
    // Brazil, Paraná and Santa Catarina: food
    ("super festval", Food), ("festval supermercados", Food), ("supermercados jacomar", Food),
    ("irmaos muffato", Food), ("max atacadista", Food), ("supermercados tozetto", Food),
    ("supermercados cidade cancao", Food), ("supermercados koch", Food), ("hippo supermercados", Food),
    ("supermercados imperatriz", Food),
    // Brazil, Rio Grande do Sul: food
    ("bourbon hipermercado", Food), ("unidasul", Food), ("super rissul", Food), ("supermercados asun", Food),
    ("stok center", Food), ("imec supermercados", Food),
    // Brazil, Goiás, Distrito Federal and the Center-West: food
    ("super vi", Food), ("hiper moreira", Food), ("atacadao tatico", Food), ("super adega", Food),
    ("ultrabox", Food), ("supermercado comper", Food), ("comper supermercados", Food),
    // Brazil, Pará, Amazonas and the North: food
    ("formosa supermercados", Food), ("supermercados formosa", Food), ("supermercados libio", Food),
    ("nazare supermercados", Food), ("yamada supermercados", Food), ("supermercados lider", Food),
    ("db supermercados", Food), ("nova era supermercados", Food),
    // Brazil, Espírito Santo: food
    ("supermercados carone", Food), ("extrabom", Food), ("perim supermercados", Food),
    // Brazil: restaurants, cafes and delivery
    ("ragazzo", Food), ("patroni pizza", Food), ("vivenda do camarao", Food), ("rei do mate", Food),
    ("bacio di latte", Food), ("chiquinho sorvetes", Food), ("brasil cacau", Food), ("99food", Food),
    ("99 food", Food), ("keeta", Food),
    // Brazil: transport
    ("posto ale", Transport), ("posto petrobras", Transport), ("metro bh", Transport), ("metrofor", Transport),
    ("ccr metro bahia", Transport), ("viaquatro", Transport), ("emtu", Transport), ("trensurb", Transport),
    ("voegol", Transport), ("decolar com", Transport), ("123milhas", Transport), ("ecorodovias", Transport),
    ("movida aluguel", Transport), ("unidas aluguel", Transport), ("pneu store", Transport),
    // Brazil: utilities
    ("ceee equatorial", Utilities), ("rge sul", Utilities), ("eletropaulo", Utilities),
    ("amazonas energia", Utilities), ("neoenergia brasilia", Utilities), ("equatorial para", Utilities),
    ("saneago", Utilities), ("aguas do rio", Utilities), ("aguas de manaus", Utilities),
    ("bahiagas", Utilities), ("gasmig", Utilities), ("ultragaz", Utilities), ("supergasbras", Utilities),
    ("nextel", Utilities), ("brisanet", Utilities), ("oi fibra", Utilities), ("tim live", Utilities),
    ("claro residencial", Utilities), ("net virtua", Utilities), ("sky brasil", Utilities),
    // Brazil: health
    ("drogaria globo", Health), ("farmacia indiana", Health), ("drogarias nissei", Health),
    ("farmacias nissei", Health), ("porto seguro saude", Health), ("golden cross", Health),
    ("laboratorio sabin", Health), ("hospital albert einstein", Health), ("hospital sirio libanes", Health),
    ("hospital oswaldo cruz", Health), ("rede dor", Health), ("hospital sao luiz", Health), ("hcor", Health),
    ("beneficencia portuguesa", Health), ("panobianco", Health), ("odontoprev", Health),
    // Brazil: entertainment
    ("moviecom", Entertainment), ("beach park", Entertainment), ("socio torcedor", Entertainment),
    ("cr flamengo", Entertainment), ("se palmeiras", Entertainment), ("sport club corinthians", Entertainment),
    ("santos fc", Entertainment), ("cr vasco da gama", Entertainment), ("botafogo fr", Entertainment),
    ("fluminense fc", Entertainment), ("gremio fbpa", Entertainment), ("sc internacional", Entertainment),
    ("clube atletico mineiro", Entertainment), ("sao paulo fc", Entertainment),
    ("allianz parque", Entertainment), ("neo quimica arena", Entertainment),
    ("arena corinthians", Entertainment), ("estadio do morumbi", Entertainment),
    ("estadio do maracana", Entertainment), ("estadio mineirao", Entertainment),
    ("vila belmiro", Entertainment),
    // Brazil: education
    ("faculdade anhanguera", Education), ("unopar", Education), ("unicesumar", Education),
    ("puc sp", Education), ("puc rio", Education), ("pucrs", Education), ("puc minas", Education),
    ("universidade mackenzie", Education), ("fgv", Education), ("insper", Education),
    ("cultura inglesa", Education), ("livraria da travessa", Education),
    ("universidade de sao paulo", Education), ("unicamp", Education),
    // Brazil: clothing
    ("osklen", Clothing), ("le lis blanc", Clothing), ("colcci", Clothing), ("vizzano", Clothing),
    ("usaflex", Clothing), ("artwalk", Clothing), ("lojas paqueta", Clothing), ("brooksfield", Clothing),
    ("chilli beans", Clothing), ("lojas avenida", Clothing),
    // Brazil: housing
    ("lojas quero quero", Housing), ("balaroti", Housing), ("tumelero", Housing), ("lojas koerich", Housing),
    ("zap imoveis", Housing), ("vivareal", Housing), ("lopes imobiliaria", Housing),
    // Brazil: other
    ("lojas le biscuit", Other), ("lojas colombo", Other), ("lojas novo mundo", Other), ("jequiti", Other),
    ("polishop", Other), ("jadlog", Other),
    // Portugal: food
    ("continente bom dia", Food), ("continente modelo", Food), ("recheio cash carry", Food),
    ("e leclerc", Food), ("mini preco", Food), ("pasteis de belem", Food), ("fabrica da nata", Food),
    // Portugal: transport
    ("alves bandeira", Transport), ("carris metropolitana", Transport), ("transtejo", Transport),
    ("metro sul do tejo", Transport), ("gira bicicletas", Transport), ("brisa autoestradas", Transport),
    ("azores airlines", Transport), ("euromaster", Transport),
    // Portugal: utilities
    ("su eletricidade", Utilities), ("aguas de gaia", Utilities), ("indaqua", Utilities),
    ("aguas do algarve", Utilities),
    // Portugal: health
    ("unilabs", Health), ("affidea", Health), ("saude prime", Health), ("farmacias portuguesas", Health),
    // Portugal: entertainment
    ("uci cinemas", Entertainment), ("castello lopes", Entertainment), ("altice arena", Entertainment),
    ("meo arena", Entertainment), ("coliseu dos recreios", Entertainment), ("casa da musica", Entertainment),
    ("zoo de lisboa", Entertainment), ("sl benfica", Entertainment), ("fc porto", Entertainment),
    ("sporting cp", Entertainment), ("sc braga", Entertainment), ("estadio da luz", Entertainment),
    ("estadio do dragao", Entertainment), ("estadio jose alvalade", Entertainment),
    // Portugal: education
    ("universidade de lisboa", Education), ("universidade do porto", Education),
    ("universidade de coimbra", Education), ("universidade catolica portuguesa", Education),
    ("iscte", Education), ("livraria almedina", Education),
    // Portugal: clothing
    ("lion of porches", Clothing),
    // Portugal: housing
    ("loja do gato preto", Housing), ("era imobiliaria", Housing), ("supercasa", Housing),
    // Portugal: other
    ("kuantokusta", Other), ("pcdiga", Other),
    // Spain: food
    ("supermercados lupa", Food), ("bonpreu esclat", Food), ("ametller origen", Food), ("supersol", Food),
    ("mas supermercados", Food), ("supermercados el jamon", Food), ("carrefour market", Food),
    ("hiperusera", Food), ("alimerka", Food), ("upper supermercados", Food), ("superdino", Food),
    ("cervecerias la surena", Food), ("canas y tapas", Food), ("honest greens", Food),
    // Spain: transport
    ("disa gasolinera", Transport), ("metro de sevilla", Transport), ("metro de valencia", Transport),
    ("metro de barcelona", Transport), ("bizkaibus", Transport), ("avanza bus", Transport),
    ("bicimad", Transport), ("valenbisi", Transport), ("freenow", Transport), ("air nostrum", Transport),
    ("saba parking", Transport), ("goldcar", Transport), ("centauro rent a car", Transport),
    ("cooltra", Transport),
    // Spain: utilities
    ("curenergia", Utilities), ("global omnium", Utilities), ("aguas de valencia", Utilities),
    ("canal isabel ii", Utilities), ("virgin telco", Utilities), ("avatel", Utilities), ("guuk", Utilities),
    ("madrilena red de gas", Utilities), ("redexis", Utilities), ("nortegas", Utilities),
    // Spain: health
    ("quironsalud", Health), ("clinica baviera", Health), ("atida mifarma", Health), ("go fit", Health),
    ("federopticos", Health), ("optica universitaria", Health), ("gaes", Health), ("clinicas dorsia", Health),
    // Spain: entertainment
    ("feverup", Entertainment), ("santiago bernabeu", Entertainment), ("camp nou", Entertainment),
    ("wizink center", Entertainment), ("movistar arena", Entertainment), ("museo reina sofia", Entertainment),
    ("parque de atracciones de madrid", Entertainment), ("siam park", Entertainment),
    ("loro parque", Entertainment), ("ciudad de las artes y las ciencias", Entertainment),
    ("real madrid", Entertainment), ("fc barcelona", Entertainment), ("atletico de madrid", Entertainment),
    ("atletico madrid", Entertainment), ("athletic bilbao", Entertainment), ("real sociedad", Entertainment),
    ("sevilla fc", Entertainment), ("real betis", Entertainment), ("valencia cf", Entertainment),
    ("villarreal cf", Entertainment), ("celta de vigo", Entertainment),
    // Spain: education
    ("universidad complutense", Education), ("universitat de barcelona", Education), ("uoc", Education),
    ("universitat oberta de catalunya", Education), ("universidad internacional de la rioja", Education),
    ("universidad de navarra", Education), ("ie university", Education), ("universidad carlos iii", Education),
    ("universidad autonoma de madrid", Education), ("wall street english", Education),
    // Spain: clothing
    ("uterque", Clothing), ("pdpaola", Clothing), ("pikolinos", Clothing), ("deichmann", Clothing),
    ("ecoalf", Clothing), ("sprinter deportes", Clothing),
    // Spain: housing
    ("obramat", Housing), ("merkamueble", Housing), ("hm home", Housing), ("pisos com", Housing),
    ("tecnocasa", Housing), ("engel volkers", Housing),
    // Spain: other
    ("miravia", Other), ("milanuncios", Other), ("tien21", Other), ("correos express", Other), ("mrw", Other),
    ("seur", Other),
    // Mexico, North: food
    ("merco supermercados", Food), ("arteli", Food), ("super del norte", Food), ("comercial mexicana", Food),
    // Mexico, Southeast: food
    ("super aki", Food), ("superaki", Food), ("dunosusa", Food), ("super san francisco de asis", Food),
    // Mexico: restaurants and cafes
    ("bisquets obregon", Food), ("la casa de tono", Food), ("taqueria orinoco", Food), ("super salads", Food),
    ("benedettis pizza", Food), ("wings army", Food), ("pasteleria el globo", Food), ("la michoacana", Food),
    ("modelorama", Food), ("tiendas kiosko", Food),
    // Mexico: transport
    ("tren suburbano", Transport), ("mexibus", Transport), ("metrorrey", Transport),
    ("mi macro periferico", Transport), ("tren maya", Transport), ("qrobus", Transport), ("ado gl", Transport),
    ("ado platino", Transport), ("estrella blanca", Transport), ("ticketbus", Transport),
    ("flecha amarilla", Transport), ("parkimovil", Transport),
    // Mexico: utilities
    ("unefon", Utilities), ("virgin mobile", Utilities), ("sky mexico", Utilities), ("cablemas", Utilities),
    ("agua y drenaje de monterrey", Utilities), ("aguakan", Utilities), ("gas tomza", Utilities),
    ("gas express nieto", Utilities),
    // Mexico: health
    ("farmacias paris", Health), ("hospital espanol", Health), ("hospital abc", Health),
    ("christus muguerza", Health), ("imss", Health), ("issste", Health), ("opticas lux", Health),
    ("laboratorio chopo", Health),
    // Mexico: entertainment
    ("boletomovil", Entertainment), ("auditorio nacional", Entertainment), ("foro sol", Entertainment),
    ("estadio azteca", Entertainment), ("six flags mexico", Entertainment), ("xel ha", Entertainment),
    ("xplor", Entertainment), ("parque xcaret", Entertainment), ("club america", Entertainment),
    ("chivas de guadalajara", Entertainment), ("club cruz azul", Entertainment), ("pumas unam", Entertainment),
    ("tigres uanl", Entertainment), ("rayados de monterrey", Entertainment), ("club toluca", Entertainment),
    ("santos laguna", Entertainment), ("liga mx", Entertainment),
    // Mexico: education
    ("unam", Education), ("instituto politecnico nacional", Education),
    ("universidad iberoamericana", Education), ("itam", Education), ("universidad anahuac", Education),
    ("tecmilenio", Education), ("uvm", Education), ("universidad del valle de mexico", Education),
    ("universidad de guadalajara", Education), ("uanl", Education), ("libreria porrua", Education),
    // Mexico: clothing
    ("zapaterias andrea", Clothing), ("calzado flexi", Clothing), ("dorothy gaynor", Clothing),
    ("dportenis", Clothing), ("tiendas del sol", Clothing), ("la parisina", Clothing),
    // Mexico: housing
    ("muebles placencia", Housing), ("vivanuncios", Housing), ("lamudi", Housing), ("pinturas berel", Housing),
    ("construrama", Housing),
    // Mexico: other
    ("office depot", Other), ("redpack", Other), ("correos de mexico", Other), ("claro shop", Other),
    // Argentina: food
    ("supermercados disco", Food), ("supermercados toledo", Food), ("maxiconsumo", Food), ("supermami", Food),
    ("hipermercado libertad", Food), ("sushi pop", Food), ("dean and dennys", Food), ("luccianos", Food),
    ("pizzeria guerrin", Food),
    // Argentina: transport
    ("puma energy", Transport), ("andes lineas aereas", Transport), ("nueva chevallier", Transport),
    ("corredores viales", Transport),
    // Argentina: utilities
    ("edet", Utilities), ("epe santa fe", Utilities), ("naturgy ban", Utilities),
    ("aguas bonaerenses", Utilities), ("aguas santafesinas", Utilities),
    // Argentina: health
    ("farmaplus", Health), ("ioma", Health), ("pami", Health), ("osecac", Health),
    ("fundacion favaloro", Health), ("hospital austral", Health), ("opticas lutz ferrando", Health),
    // Argentina: entertainment
    ("cinemark hoyts", Entertainment), ("tuentrada", Entertainment), ("temaiken", Entertainment),
    ("boca juniors", Entertainment), ("river plate", Entertainment), ("racing club", Entertainment),
    ("san lorenzo de almagro", Entertainment), ("velez sarsfield", Entertainment),
    ("la bombonera", Entertainment), ("estadio mas monumental", Entertainment),
    // Argentina: education
    ("universidad de buenos aires", Education), ("universidad torcuato di tella", Education),
    ("itba", Education), ("universidad nacional de cordoba", Education),
    ("universidad de san andres", Education),
    // Argentina: clothing
    ("portsaid", Clothing), ("paula cahen danvers", Clothing), ("mimo co", Clothing), ("kosiuko", Clothing),
    ("john l cook", Clothing), ("ricky sarkany", Clothing),
    // Argentina: housing
    ("pintecord", Housing), ("familia bercomat", Housing), ("properati", Housing),
    // Argentina: other
    ("compumundo", Other), ("correo argentino", Other), ("rapipago", Other), ("pago facil", Other),
    ("pagofacil", Other),
    // Chile: food
    ("supermercados santa isabel", Food), ("supermercados montserrat", Food), ("tommy beans", Food),
    ("fuente alemana", Food), ("pedro juan y diego", Food),
    // Chile: transport
    ("metro valparaiso", Transport), ("biotren", Transport), ("transantiago", Transport),
    ("autopista del maipo", Transport), ("autopista los libertadores", Transport),
    // Chile: utilities
    ("aguas antofagasta", Utilities), ("gasvalpo", Utilities), ("gtd manquehue", Utilities),
    // Chile: health
    ("farmacias knop", Health), ("clinica santa maria", Health), ("clinica davila", Health),
    ("uc christus", Health), ("megasalud", Health),
    // Chile: entertainment
    ("cinehoyts", Entertainment), ("cine hoyts", Entertainment), ("buin zoo", Entertainment),
    ("colo colo", Entertainment), ("club universidad de chile", Entertainment), ("cobreloa", Entertainment),
    // Chile: education
    ("universidad de chile", Education), ("pontificia universidad catolica de chile", Education),
    ("usach", Education), ("universidad adolfo ibanez", Education), ("universidad andres bello", Education),
    ("buscalibre", Education),
    // Chile: housing
    ("rosen colchones", Housing), ("cic colchones", Housing),
    // Chile: other
    ("chilexpress", Other), ("blue express", Other), ("correos de chile", Other),
    // Colombia: food
    ("tiendas isimo", Food), ("almacenes la 14", Food), ("mercamio", Food), ("surtifruver", Food),
    ("cafe oma", Food), ("jenos pizza", Food), ("sipote burrito", Food), ("helados popsy", Food),
    // Colombia: transport
    ("tarjeta tu llave", Transport), ("tullave", Transport), ("transmetro barranquilla", Transport),
    ("expreso brasilia", Transport), ("rapido ochoa", Transport), ("gopass", Transport),
    ("facilpass", Transport),
    // Colombia: utilities
    ("eaab", Utilities), ("aguas de cartagena", Utilities), ("efigas", Utilities), ("electrohuila", Utilities),
    ("essa energia", Utilities),
    // Colombia: health
    ("drogueria colsubsidio", Health), ("drogueria cafam", Health), ("farmacia pasteur", Health),
    ("compensar eps", Health), ("salud total eps", Health), ("fundacion santa fe de bogota", Health),
    // Colombia: entertainment
    ("ticketshop", Entertainment), ("parque del cafe", Entertainment), ("atletico nacional", Entertainment),
    ("millonarios fc", Entertainment), ("america de cali", Entertainment),
    ("junior de barranquilla", Entertainment), ("estadio el campin", Entertainment),
    // Colombia: education
    ("universidad nacional de colombia", Education), ("universidad de los andes", Education),
    ("uniandes", Education), ("universidad javeriana", Education), ("universidad del rosario", Education),
    ("universidad de antioquia", Education), ("eafit", Education),
    // Colombia: clothing
    ("cueros velez", Clothing), ("chevignon", Clothing), ("americanino", Clothing), ("lili pink", Clothing),
    ("mattelsa", Clothing),
    // Colombia: housing
    ("ciencuadras", Housing),
    // Colombia: other
    ("servientrega", Other), ("interrapidisimo", Other), ("colsubsidio", Other), ("cafam", Other),
    // Peru: food
    ("supermercados wong", Food), ("la mar cebicheria", Food), ("madam tusan", Food), ("tiendas tambo", Food),
    ("tambo plus", Food),
    // Peru: transport
    ("lima pass", Transport), ("perurail", Transport), ("peru rail", Transport), ("inca rail", Transport),
    // Peru: utilities
    ("pluz energia", Utilities), ("sedapar", Utilities), ("sedalib", Utilities),
    // Peru: health
    ("boticas peru", Health), ("pacifico salud", Health), ("rimac eps", Health), ("essalud", Health),
    ("clinica san felipe", Health), ("clinica delgado", Health),
    // Peru: entertainment
    ("universitario de deportes", Entertainment), ("alianza lima", Entertainment),
    ("sporting cristal", Entertainment),
    // Peru: education
    ("universidad de lima", Education), ("universidad peruana de ciencias aplicadas", Education),
    ("universidad del pacifico", Education), ("universidad cayetano heredia", Education), ("unmsm", Education),
    ("universidad nacional mayor de san marcos", Education), ("universidad cesar vallejo", Education),
    // Peru: other
    ("olva courier", Other), ("serpost", Other),
    // Uruguay: food
    ("supermercados devoto", Food), ("supermercados tata", Food), ("macromercado", Food),
    // Uruguay: transport
    ("ancap", Transport), ("stm montevideo", Transport), ("tarjeta stm", Transport), ("cutcsa", Transport),
    ("buquebus", Transport),
    // Uruguay: health
    ("farmashop", Health),
    // Uruguay: entertainment
    ("tickantel", Entertainment), ("estadio centenario", Entertainment),
    ("club nacional de football", Entertainment), ("club atletico penarol", Entertainment),
    // Uruguay: education
    ("universidad de la republica", Education), ("udelar", Education),
    // Uruguay: other
    ("abitab", Other), ("redpagos", Other),
    // Ecuador: food
    ("supermaxi", Food), ("megamaxi", Food), ("mi comisariato", Food), ("almacenes tia", Food),
    ("gran aki", Food), ("coral hipermercados", Food), ("tiendas tuti", Food), ("menestras del negro", Food),
    ("sweet and coffee", Food),
    // Ecuador: transport
    ("petroecuador", Transport), ("metro de quito", Transport), ("metrovia", Transport),
    // Ecuador: utilities
    ("cnel ep", Utilities), ("empresa electrica quito", Utilities), ("interagua", Utilities),
    ("cnt ep", Utilities), ("netlife", Utilities),
    // Ecuador: health
    ("fybeca", Health), ("farmacias sana sana", Health), ("farmacias cruz azul", Health), ("medicity", Health),
    // Ecuador: entertainment
    ("supercines", Entertainment), ("barcelona sporting club", Entertainment), ("liga de quito", Entertainment),
    ("ldu quito", Entertainment), ("club sport emelec", Entertainment),
    // Ecuador: education
    ("usfq", Education), ("espol", Education),
    // Ecuador: clothing
    ("de prati", Clothing), ("deprati", Clothing), ("etafashion", Clothing),
    // Ecuador: housing
    ("kywi", Housing), ("sukasa", Housing),
    // Ecuador: other
    ("pycca", Other),
    // ---- Third round: national and regional chains, utilities, transit and schools by country ----
    // United States, Northeast: food
    ("shaws", Food), ("foodtown", Food), ("kings food markets", Food), ("martins food", Food), ("stop and shop", Food),
    ("hmart", Food), ("heinens", Food),
    // United States, South and Midwest: food
    ("randalls", Food), ("brookshires", Food), ("united supermarkets", Food), ("harps food", Food), ("reasors", Food),
    ("dierbergs", Food), ("hyvee", Food), ("metro market", Food), ("bashas", Food),
    ("dillons", Food), ("marianos", Food),
    // United States, West: food
    ("ralphs", Food), ("raleys", Food), ("harmons", Food), ("cardenas markets", Food), ("northgate market", Food),
    ("superior grocers", Food), ("foodmaxx", Food), ("mitsuwa", Food), ("uwajimaya", Food), ("seafood city", Food),
    ("99 ranch", Food),
    // United States: restaurants, cafes and delivery
    ("ruby tuesday", Food), ("bjs restaurant", Food), ("carrabbas", Food), ("bonefish grill", Food),
    ("maggianos", Food), ("cheddars", Food), ("golden corral", Food), ("bob evans", Food), ("huddle house", Food),
    ("first watch", Food), ("culvers", Food), ("portillos", Food), ("potbelly", Food), ("mcalisters deli", Food),
    ("zoes kitchen", Food), ("noodles company", Food), ("noodles and company", Food), ("moes southwest grill", Food),
    ("hooters", Food), ("marcos pizza", Food), ("papa murphys", Food), ("jets pizza", Food), ("hungry howies", Food),
    ("round table pizza", Food), ("mod pizza", Food), ("cicis pizza", Food), ("captain ds", Food),
    ("long john silvers", Food), ("rallys", Food), ("hardees", Food), ("jollibee", Food), ("pollo tropical", Food),
    ("pollo campero", Food), ("biscuitville", Food), ("taco cabana", Food), ("torchys tacos", Food), ("chuys", Food),
    ("cafe rio", Food), ("costa vida", Food), ("pei wei", Food), ("benihana", Food), ("scooters coffee", Food),
    ("biggby", Food), ("philz coffee", Food), ("la colombe", Food), ("coffee bean tea leaf", Food),
    ("einstein bros", Food), ("brueggers", Food), ("cinnabon", Food), ("wetzels pretzels", Food), ("pinkberry", Food),
    ("menchies", Food), ("yogurtland", Food), ("ben jerrys", Food), ("ruths chris", Food), ("capital grille", Food),
    ("yard house", Food), ("snooze eatery", Food), ("habit burger", Food), ("fatburger", Food), ("taco johns", Food),
    ("baja fresh", Food), ("slim chickens", Food), ("kung fu tea", Food), ("gong cha", Food), ("johnny rockets", Food),
    ("sbarro", Food), ("pita pit", Food), ("shipt", Food), ("hungryroot", Food), ("blue apron", Food),
    ("home chef", Food), ("misfits market", Food), ("imperfect foods", Food), ("drizly", Food), ("bevmo", Food),
    ("abc fine wine", Food),
    ("peets coffee", Food), ("outback steakhouse", Food), ("jamba", Food), ("tropical smoothie", Food),
    ("crumbl", Food),
    // United States: transport
    ("caseys", Transport), ("quik trip", Transport), ("buc ees", Transport), ("holiday stationstores", Transport),
    ("maverik", Transport), ("kum go", Transport), ("stewarts shops", Transport), ("getgo", Transport),
    ("mapco", Transport), ("rutters", Transport), ("royal farms", Transport), ("kwik fill", Transport),
    ("marathon gas", Transport), ("conoco", Transport), ("sinclair oil", Transport), ("arco ampm", Transport),
    ("union 76", Transport), ("gulf oil", Transport), ("kroger fuel", Transport), ("marta breeze", Transport),
    ("trimet", Transport), ("hop fastpass", Transport), ("chicago transit", Transport), ("metra", Transport),
    ("pace bus", Transport), ("king county metro", Transport), ("sound transit", Transport), ("orca card", Transport),
    ("sf muni", Transport), ("munimobile", Transport), ("sfmta", Transport), ("path train", Transport),
    ("nyc ferry", Transport), ("rtd denver", Transport), ("valley metro", Transport), ("capmetro", Transport),
    ("sunrail", Transport), ("tri rail", Transport), ("txtag", Transport), ("ntta", Transport),
    ("peach pass", Transport), ("pikepass", Transport), ("ohio turnpike", Transport), ("pa turnpike", Transport),
    ("hctra", Transport), ("thrifty car rental", Transport), ("dollar rent a car", Transport),
    ("fox rent a car", Transport), ("getaround", Transport), ("sun country", Transport), ("breeze airways", Transport),
    ("avelo", Transport), ("firestone", Transport), ("goodyear", Transport), ("midas", Transport),
    ("meineke", Transport), ("les schwab", Transport), ("mavis tire", Transport), ("take 5 oil", Transport),
    ("grease monkey", Transport), ("monro muffler", Transport), ("safelite", Transport), ("carvana", Transport),
    ("tesla supercharger", Transport), ("chargepoint", Transport), ("electrify america", Transport),
    ("evgo", Transport), ("geico", Transport), ("progressive insurance", Transport), ("parkwhiz", Transport),
    ("sp plus", Transport), ("premium parking", Transport), ("passport parking", Transport),
    ("delta air lines", Transport), ("delta airlines", Transport), ("southwest airlines", Transport),
    ("enterprise rent a car", Transport), ("loves travel stops", Transport),
    // United States: utilities
    ("bge", Utilities), ("pepco", Utilities), ("delmarva power", Utilities), ("jcp l", Utilities),
    ("atlantic city electric", Utilities), ("peco", Utilities), ("duquesne light", Utilities),
    ("appalachian power", Utilities), ("aep", Utilities), ("aes ohio", Utilities), ("aes indiana", Utilities),
    ("evergy", Utilities), ("og e", Utilities), ("el paso electric", Utilities),
    ("tucson electric power", Utilities), ("rocky mountain power", Utilities), ("pacific power", Utilities),
    ("pacificorp", Utilities), ("idaho power", Utilities), ("avista utilities", Utilities),
    ("seattle city light", Utilities), ("smud", Utilities), ("we energies", Utilities),
    ("alliant energy", Utilities), ("midamerican energy", Utilities), ("black hills energy", Utilities),
    ("cps energy", Utilities), ("austin energy", Utilities), ("txu energy", Utilities),
    ("green mountain energy", Utilities), ("gexa energy", Utilities), ("jea", Utilities), ("santee cooper", Utilities),
    ("ugi", Utilities), ("piedmont natural gas", Utilities), ("spire energy", Utilities), ("washington gas", Utilities),
    ("nw natural", Utilities), ("vectren", Utilities), ("citizens energy", Utilities), ("nipsco", Utilities),
    ("central hudson", Utilities), ("nyseg", Utilities), ("orange rockland", Utilities), ("unitil", Utilities),
    ("green mountain power", Utilities), ("central maine power", Utilities), ("versant power", Utilities),
    ("hawaiian electric", Utilities), ("cal water", Utilities), ("california water service", Utilities),
    ("nyc water board", Utilities), ("dc water", Utilities), ("denver water", Utilities), ("sfpuc", Utilities),
    ("seattle public utilities", Utilities), ("philadelphia water department", Utilities), ("austin water", Utilities),
    ("san antonio water system", Utilities), ("altice", Utilities), ("suddenlink", Utilities), ("mediacom", Utilities),
    ("rcn", Utilities), ("astound broadband", Utilities), ("windstream", Utilities), ("ziply fiber", Utilities),
    ("starlink", Utilities), ("hughesnet", Utilities), ("viasat", Utilities), ("brightspeed", Utilities),
    ("vzwrlss", Utilities), ("straight talk", Utilities), ("us mobile", Utilities), ("ting mobile", Utilities),
    ("consumer cellular", Utilities), ("simple mobile", Utilities), ("ultra mobile", Utilities),
    ("red pocket", Utilities), ("waste connections", Utilities), ("rumpke", Utilities),
    ("cox communications", Utilities), ("directv", Utilities),
    // United States: health
    ("humana inc", Health), ("bcbs", Health), ("blue shield", Health), ("highmark", Health),
    ("molina healthcare", Health), ("ambetter", Health), ("wellcare", Health), ("optum", Health),
    ("heb pharmacy", Health), ("kroger pharmacy", Health), ("walmart pharmacy", Health), ("costco pharmacy", Health),
    ("publix pharmacy", Health), ("hims hers", Health), ("nurx", Health), ("talkspace", Health), ("noom", Health),
    ("peloton", Health), ("eos fitness", Health), ("ufc gym", Health), ("orange theory", Health),
    ("pure barre", Health), ("soulcycle", Health), ("solidcore", Health), ("club pilates", Health),
    ("chuze fitness", Health), ("youfit", Health), ("vasa fitness", Health), ("retro fitness", Health),
    ("americas best contacts", Health), ("visionworks", Health), ("1 800 contacts", Health), ("myeyedr", Health),
    ("smiledirectclub", Health), ("western dental", Health), ("carbon health", Health),
    ("gohealth urgent care", Health), ("medexpress", Health), ("patient first", Health), ("mayo clinic", Health),
    ("cleveland clinic", Health),
    ("life time fitness", Health), ("vitamin shoppe", Health),
    // United States: entertainment
    ("marcus theatres", Entertainment), ("harkins theatres", Entertainment), ("showcase cinemas", Entertainment),
    ("studio movie grill", Entertainment), ("bowlero", Entertainment), ("sky zone", Entertainment),
    ("urban air", Entertainment), ("cedar point", Entertainment), ("knotts berry farm", Entertainment),
    ("busch gardens", Entertainment), ("kings island", Entertainment), ("carowinds", Entertainment),
    ("dollywood", Entertainment), ("great wolf lodge", Entertainment), ("hersheypark", Entertainment),
    ("apple arcade", Entertainment), ("axs", Entertainment), ("dice fm", Entertainment), ("tixr", Entertainment),
    ("gametime", Entertainment), ("mlb tv", Entertainment), ("fanduel", Entertainment), ("draftkings", Entertainment),
    ("atom tickets", Entertainment), ("moviepass", Entertainment), ("vudu", Entertainment), ("philo tv", Entertainment),
    ("sirius xm", Entertainment),
    ("fubo", Entertainment), ("peacock tv", Entertainment), ("sling tv", Entertainment),
    // United States: education
    ("purdue global", Education), ("liberty university", Education), ("grand canyon university", Education),
    ("capella university", Education), ("walden university", Education), ("devry", Education),
    ("penn state", Education), ("ohio state university", Education), ("university of michigan", Education),
    ("university of texas", Education), ("texas a m", Education), ("university of florida", Education),
    ("stanford university", Education), ("boston university", Education), ("northeastern university", Education),
    ("sylvan learning", Education), ("mathnasium", Education), ("princeton review", Education), ("kaplan", Education),
    ("magoosh", Education), ("datacamp", Education), ("ixl learning", Education), ("abcmouse", Education),
    ("outschool", Education), ("varsity tutors", Education), ("wyzant", Education), ("sallie mae", Education),
    ("navient", Education), ("nelnet", Education), ("mohela", Education), ("aidvantage", Education),
    ("pearson vue", Education), ("cengage", Education), ("mcgraw hill", Education),
    ("vitalsource", Education), ("bookshop org", Education), ("thriftbooks", Education), ("powells books", Education),
    // United States: clothing
    ("aerie", Clothing), ("ann taylor", Clothing), ("talbots", Clothing), ("white house black market", Clothing),
    ("lane bryant", Clothing), ("j jill", Clothing), ("athleta", Clothing), ("fabletics", Clothing),
    ("zappos", Clothing), ("finish line", Clothing), ("champs sports", Clothing), ("hibbett", Clothing),
    ("payless shoesource", Clothing), ("rack room shoes", Clothing), ("shoe carnival", Clothing),
    ("boot barn", Clothing), ("pacsun", Clothing), ("zumiez", Clothing), ("hot topic", Clothing),
    ("charlotte russe", Clothing), ("rue21", Clothing), ("cato fashions", Clothing), ("citi trends", Clothing),
    ("dds discounts", Clothing), ("madewell", Clothing), ("everlane", Clothing), ("bonobos", Clothing),
    ("stitch fix", Clothing), ("rent the runway", Clothing), ("poshmark", Clothing), ("thredup", Clothing),
    ("kate spade", Clothing), ("tory burch", Clothing), ("jos a bank", Clothing), ("brooks brothers", Clothing),
    ("vineyard vines", Clothing), ("tillys", Clothing), ("skims", Clothing),
    ("the childrens place", Clothing), ("gymboree", Clothing), ("torrid", Clothing), ("saks off 5th", Clothing),
    ("lands end", Clothing), ("eddie bauer", Clothing), ("aeropostale", Clothing), ("nine west", Clothing),
    ("hollister", Clothing), ("saks", Clothing), ("payless", Clothing), ("north face", Clothing),
    ("wrangler", Clothing),
    // United States: housing
    ("ll flooring", Housing), ("lumber liquidators", Housing), ("benjamin moore", Housing), ("kirklands", Housing),
    ("pier 1", Housing), ("cost plus world market", Housing), ("west elm", Housing), ("restoration hardware", Housing),
    ("cb2", Housing), ("la z boy", Housing), ("havertys", Housing), ("value city furniture", Housing),
    ("raymour flanigan", Housing), ("living spaces", Housing), ("tempur pedic", Housing), ("overstock com", Housing),
    ("bed bath beyond", Housing), ("crate barrel", Housing), ("floor decor", Housing), ("rentcafe", Housing),
    ("appfolio", Housing), ("yardi", Housing), ("greystar", Housing), ("invitation homes", Housing),
    ("american homes 4 rent", Housing), ("avalonbay", Housing), ("camden property", Housing), ("cubesmart", Housing),
    ("life storage", Housing), ("terminix", Housing), ("orkin", Housing), ("angies list", Housing), ("angi", Housing),
    ("taskrabbit", Housing), ("roto rooter", Housing), ("adt security", Housing), ("vivint", Housing),
    ("redfin", Housing), ("opendoor", Housing), ("homeadvisor", Housing), ("coldwell banker", Housing),
    ("keller williams", Housing), ("remax", Housing), ("re max", Housing),
    ("uhaul", Housing),
    // United States: other
    ("joann", Other), ("ollies bargain outlet", Other), ("chewy", Other), ("banfield", Other),
    ("vca animal hospital", Other), ("barkbox", Other), ("rover com", Other), ("sallys beauty", Other),
    ("great clips", Other), ("supercuts", Other), ("sport clips", Other), ("european wax center", Other),
    ("massage envy", Other), ("wish com", Other), ("qvc", Other), ("99 cents only", Other), ("h r block", Other),
    ("turbotax", Other), ("jackson hewitt", Other), ("western union", Other), ("moneygram", Other),
    ("toys r us", Other), ("dollartree", Other), ("dollargeneral", Other), ("bath body works", Other),
    ("apple store", Other), ("facebook marketplace", Other), ("craigslist", Other), ("offerup", Other),
    ("mercari", Other),
    // Canada: food
    ("harveys", Food), ("mr sub", Food), ("pizza nova", Food), ("pizza 73", Food), ("new york fries", Food),
    ("freshii", Food), ("mucho burrito", Food), ("osmows", Food), ("east side marios", Food), ("kelseys", Food),
    ("earls kitchen", Food), ("jack astors", Food), ("moxies", Food), ("booster juice", Food),
    ("la belle province", Food), ("thai express", Food), ("choices markets", Food), ("urban fare", Food),
    ("nations fresh foods", Food), ("maxi et cie", Food), ("nofrills", Food),
    ("mary browns", Food), ("cactus club", Food), ("davids tea", Food), ("manchu wok", Food), ("edo japan", Food),
    ("barburrito", Food), ("beer store", Food), ("nslc", Food), ("jugo juice", Food),
    // Canada: transport
    ("miway", Transport), ("brampton transit", Transport), ("york region transit", Transport),
    ("edmonton transit", Transport), ("winnipeg transit", Transport), ("halifax transit", Transport),
    ("up express", Transport), ("metrolinx", Transport), ("evo car share", Transport), ("caa", Transport),
    ("kal tire", Transport), ("fountain tire", Transport), ("indigo park", Transport), ("honk mobile", Transport),
    ("petrocan", Transport), ("co op gas", Transport), ("bc transit", Transport), ("indigo parking", Transport),
    // Canada: utilities
    ("fortisalberta", Utilities), ("atco electric", Utilities), ("saskenergy", Utilities),
    ("newfoundland power", Utilities), ("maritime electric", Utilities), ("energir", Utilities),
    ("bell mts", Utilities), ("teksavvy", Utilities), ("distributel", Utilities), ("vmedia", Utilities),
    ("oxio", Utilities), ("enwin", Utilities), ("london hydro", Utilities), ("elexicon", Utilities),
    ("reliance home comfort", Utilities),
    ("chatr", Utilities), ("atco", Utilities), ("bell fibe", Utilities), ("shaw mobile", Utilities),
    // Canada: health
    ("econofitness", Health), ("energie cardio", Health), ("manulife", Health), ("sun life", Health),
    ("dynacare", Health), ("hakim optical", Health),
    ("lawtons", Health), ("guardian pharmacy", Health),
    // Canada: entertainment
    ("tsn", Entertainment), ("la ronde", Entertainment), ("ripleys aquarium", Entertainment),
    ("calgary flames", Entertainment), ("ottawa senators", Entertainment), ("winnipeg jets", Entertainment),
    ("toronto fc", Entertainment), ("rogers centre", Entertainment), ("scotiabank arena", Entertainment),
    ("bell centre", Entertainment),
    ("cinemas guzzo", Entertainment), ("the rec room", Entertainment), ("loto quebec", Entertainment),
    // Canada: education
    ("university of alberta", Education), ("york university", Education), ("mcmaster university", Education),
    ("queens university", Education), ("concordia university", Education), ("universite de montreal", Education),
    ("simon fraser university", Education), ("toronto metropolitan university", Education),
    ("humber college", Education), ("seneca college", Education), ("george brown college", Education),
    ("sheridan college", Education), ("bcit", Education), ("osap", Education),
    ("uoft", Education), ("ubc", Education), ("mcgill", Education),
    // Canada: clothing
    ("roots canada", Clothing), ("ardene", Clothing), ("le chateau", Clothing), ("bluenotes", Clothing),
    ("urban planet", Clothing), ("sporting life", Clothing), ("mountain equipment", Clothing),
    ("call it spring", Clothing), ("softmoc", Clothing), ("browns shoes", Clothing), ("aldo shoes", Clothing),
    ("hbc", Clothing), ("la vie en rose", Clothing), ("sports experts", Clothing), ("tip top tailors", Clothing),
    ("arcteryx", Clothing),
    // Canada: housing
    ("rona", Housing), ("kent building supplies", Housing), ("brault martineau", Housing), ("eq3", Housing),
    ("bouclair", Housing), ("linen chest", Housing), ("rentals ca", Housing), ("padmapper", Housing),
    ("centris", Housing), ("duproprio", Housing), ("capreit", Housing),
    ("kitchen stuff plus", Housing), ("canac", Housing),
    // Canada: other
    ("peavey mart", Other), ("princess auto", Other), ("mastermind toys", Other),
    ("bureau en gros", Other), ("renaud bray", Other),
    // United Kingdom: food
    ("m s food", Food), ("planet organic", Food), ("getir", Food), ("gousto", Food),
    ("mindful chef", Food), ("pret", Food), ("chopstix", Food), ("german doner kebab", Food), ("prezzo", Food),
    ("carluccios", Food), ("cote brasserie", Food), ("harvester", Food), ("beefeater", Food), ("brewers fayre", Food),
    ("hungry horse", Food), ("miller carter", Food), ("slug lettuce", Food), ("slug and lettuce", Food),
    ("all bar one", Food), ("greene king", Food), ("marstons", Food), ("black sheep coffee", Food),
    ("joe the juice", Food), ("byron burgers", Food), ("patty bun", Food), ("las iguanas", Food), ("turtle bay", Food),
    ("rosas thai", Food), ("busaba", Food), ("wasabi sushi", Food), ("bargain booze", Food), ("oddbins", Food),
    ("virgin wines", Food), ("laithwaites", Food), ("frankie bennys", Food), ("huel", Food),
    ("budgens", Food), ("nisa", Food), ("wahaca", Food), ("cafe nero", Food), ("pizza pilgrims", Food),
    ("byron burger", Food), ("chicken cottage", Food), ("morleys", Food), ("coop food", Food),
    // United Kingdom: transport
    ("transport for london", Transport), ("c2c", Transport), ("chiltern railways", Transport),
    ("east midlands railway", Transport), ("hull trains", Transport), ("lumo", Transport),
    ("southeastern railway", Transport), ("west midlands railway", Transport), ("transport for wales", Transport),
    ("caledonian sleeper", Transport), ("london overground", Transport),
    ("trainpal", Transport), ("lothian buses", Transport), ("bee network", Transport), ("tesco pfs", Transport),
    ("tesco petrol", Transport), ("sainsburys petrol", Transport), ("asda petrol", Transport),
    ("morrisons petrol", Transport), ("moto services", Transport), ("welcome break", Transport),
    ("roadchef", Transport), ("euro garages", Transport), ("apcoa", Transport), ("euro car parks", Transport),
    ("parkingeye", Transport), ("loganair", Transport), ("national tyres", Transport), ("rac", Transport),
    ("green flag", Transport), ("gett", Transport), ("pod point", Transport), ("instavolt", Transport),
    ("ionity", Transport), ("p o ferries", Transport),
    ("arriva", Transport), ("firstbus", Transport), ("ncp", Transport), ("oyster card", Transport),
    ("london underground", Transport),
    // United Kingdom: utilities
    ("edf", Utilities), ("e on", Utilities), ("eon", Utilities), ("sse", Utilities), ("shell energy", Utilities),
    ("bulb energy", Utilities), ("so energy", Utilities), ("outfox the market", Utilities), ("ecotricity", Utilities),
    ("utilita", Utilities), ("northumbrian water", Utilities), ("wessex water", Utilities),
    ("south west water", Utilities), ("bristol water", Utilities), ("essex suffolk water", Utilities),
    ("south staffs water", Utilities), ("portsmouth water", Utilities), ("dwr cymru", Utilities),
    ("cambridge water", Utilities), ("ses water", Utilities), ("voxi", Utilities), ("id mobile", Utilities),
    ("lycamobile", Utilities), ("now broadband", Utilities), ("kcom", Utilities), ("gigaclear", Utilities),
    ("youfibre", Utilities), ("trooli", Utilities), ("cuckoo broadband", Utilities), ("g network", Utilities),
    ("sky digital", Utilities),
    ("e on next", Utilities), ("lebara", Utilities),
    // United Kingdom: health
    ("bannatyne", Health), ("everyone active", Health), ("axa health", Health), ("vitality health", Health),
    ("denplan", Health), ("asda pharmacy", Health), ("rowlands pharmacy", Health), ("day lewis", Health),
    ("pharmacy2u", Health), ("myprotein", Health),
    ("lloydspharmacy", Health), ("pure gym", Health), ("the gym group", Health),
    // United Kingdom: entertainment
    ("curzon", Entertainment), ("empire cinemas", Entertainment), ("see tickets", Entertainment),
    ("skiddle", Entertainment), ("chessington", Entertainment), ("warner bros studio tour", Entertainment),
    ("national lottery", Entertainment), ("bet365", Entertainment), ("sky bet", Entertainment),
    ("paddy power", Entertainment), ("william hill", Entertainment), ("ladbrokes", Entertainment),
    ("betfred", Entertainment), ("betfair", Entertainment), ("hollywood bowl", Entertainment),
    ("tenpin", Entertainment), ("itvx", Entertainment), ("tnt sports", Entertainment), ("bt sport", Entertainment),
    ("bbc iplayer", Entertainment), ("sky cinema", Entertainment), ("center parcs", Entertainment),
    ("butlins", Entertainment), ("haven holidays", Entertainment),
    // United Kingdom: education
    ("student loans company", Education), ("kings college london", Education), ("university of edinburgh", Education),
    ("university of manchester", Education), ("london school of economics", Education),
    ("university of leeds", Education), ("university of birmingham", Education), ("university of bristol", Education),
    ("university of glasgow", Education), ("blackwells", Education), ("foyles", Education), ("wordery", Education),
    ("explore learning", Education), ("mytutor", Education), ("tutorful", Education),
    // United Kingdom: clothing
    ("white stuff", Clothing), ("seasalt cornwall", Clothing), ("boden", Clothing), ("reiss", Clothing),
    ("karen millen", Clothing), ("phase eight", Clothing), ("hobbs london", Clothing), ("boohoo", Clothing),
    ("boohooman", Clothing), ("missguided", Clothing), ("jacamo", Clothing), ("bonmarche", Clothing),
    ("quiz clothing", Clothing), ("cotswold outdoor", Clothing), ("go outdoors", Clothing), ("office shoes", Clothing),
    ("footasylum", Clothing), ("end clothing", Clothing), ("mr porter", Clothing), ("net a porter", Clothing),
    ("farfetch", Clothing), ("harvey nichols", Clothing), ("liberty london", Clothing), ("fenwick", Clothing),
    ("flannels", Clothing), ("tu clothing", Clothing), ("george at asda", Clothing), ("shoe zone", Clothing),
    ("jones bootmaker", Clothing), ("russell bromley", Clothing), ("dune london", Clothing), ("kurt geiger", Clothing),
    ("fatface", Clothing), ("jd williams", Clothing),
    ("topman", Clothing), ("dorothy perkins", Clothing), ("ann summers", Clothing),
    ("barbour", Clothing),
    // United Kingdom: housing
    ("b q", Housing), ("b and q", Housing), ("furniture village", Housing), ("oak furnitureland", Housing),
    ("sofology", Housing), ("sofa com", Housing), ("made com", Housing), ("the white company", Housing),
    ("howdens", Housing), ("magnet kitchens", Housing), ("topps tiles", Housing), ("carpetright", Housing),
    ("tile giant", Housing), ("bensons for beds", Housing), ("zoopla", Housing), ("savills", Housing),
    ("knight frank", Housing), ("winkworth", Housing), ("connells", Housing), ("goodlord", Housing),
    ("big yellow", Housing), ("safestore", Housing), ("checkatrade", Housing), ("homeserve", Housing),
    ("bq", Housing), ("jewson", Housing), ("carpet right", Housing), ("laura ashley", Housing),
    // United Kingdom: other
    ("b m", Other), ("b and m", Other), ("poundstretcher", Other), ("wilko", Other), ("ao com", Other),
    ("ebuyer", Other), ("cex", Other), ("music magpie", Other), ("yodel", Other), ("dpd", Other), ("inpost", Other),
    ("the perfume shop", Other), ("lookfantastic", Other), ("cult beauty", Other), ("space nk", Other),
    ("notonthehighstreet", Other), ("moonpig", Other), ("funky pigeon", Other), ("clintons", Other),
    ("paperchase", Other), ("hobbycraft", Other), ("the entertainer", Other), ("smyths toys", Other),
    ("jollyes", Other), ("petplan", Other), ("vets4pets", Other), ("medivet", Other), ("toni guy", Other),
    ("amznmktplace", Other), ("littlewoods", Other),
    ("harrods", Other), ("currys pc world", Other), ("pc world", Other), ("smyths", Other), ("gumtree", Other),
    ("b m bargains", Other), ("wh smith", Other),
    // Ireland: food
    ("insomnia coffee", Food), ("butlers chocolate cafe", Food), ("bewleys", Food), ("abrakebabra", Food),
    ("four star pizza", Food), ("camile thai", Food), ("boojum", Food), ("zaytoon", Food), ("donnybrook fair", Food),
    ("avoca", Food),
    ("base pizza", Food), ("bagel factory", Food), ("obriens wine", Food),
    // Ireland: transport
    ("luas", Transport), ("go ahead ireland", Transport), ("aircoach", Transport), ("dublin express", Transport),
    ("tfi leap", Transport), ("transport for ireland", Transport), ("eflow", Transport), ("m50 toll", Transport),
    ("easytrip", Transport), ("irish ferries", Transport), ("stena line", Transport),
    ("motor tax", Transport),
    ("top oil", Transport), ("emerald airlines", Transport), ("dublin airport", Transport),
    // Ireland: utilities
    ("flogas", Utilities), ("pinergy", Utilities), ("panda power", Utilities), ("eir", Utilities),
    ("three ireland", Utilities), ("pure telecom", Utilities), ("gomo", Utilities), ("uisce eireann", Utilities),
    ("panda waste", Utilities), ("city bin", Utilities),
    ("yuno energy", Utilities), ("clear mobile", Utilities), ("siro", Utilities), ("esb", Utilities),
    // Ireland: health
    ("hickeys pharmacy", Health), ("mccabes pharmacy", Health), ("haven pharmacy", Health), ("sam mccauley", Health),
    ("allcare pharmacy", Health), ("vhi", Health), ("laya healthcare", Health), ("irish life health", Health),
    ("flyefit", Health),
    ("vhi healthcare", Health), ("laya", Health), ("kennedy opticians", Health), ("hse", Health),
    // Ireland: entertainment
    ("imc cinemas", Entertainment), ("omniplex", Entertainment), ("aviva stadium", Entertainment),
    ("croke park", Entertainment), ("3arena", Entertainment), ("dublin zoo", Entertainment),
    ("lighthouse cinema", Entertainment), ("rte player", Entertainment), ("gaa", Entertainment),
    ("boylesports", Entertainment), ("tayto park", Entertainment), ("fota wildlife park", Entertainment),
    // Ireland: education
    ("university of galway", Education), ("university college cork", Education), ("dublin city university", Education),
    ("dcu", Education), ("tu dublin", Education), ("maynooth university", Education),
    ("university of limerick", Education), ("easons", Education), ("eason", Education), ("dubray books", Education),
    ("tcd", Education), ("ucd", Education), ("ucc", Education),
    // Ireland: clothing
    ("arnotts", Clothing), ("elverys", Clothing), ("life style sports", Clothing), ("heatons", Clothing),
    ("guineys", Clothing), ("lifestyle sports", Clothing),
    // Ireland: housing
    ("myhome ie", Housing), ("sherry fitzgerald", Housing), ("dng", Housing), ("ez living", Housing),
    ("homestore more", Housing), ("chadwicks", Housing),
    ("atlantic homecare", Housing), ("sofa so good", Housing),
    // Ireland: other
    ("power city", Other), ("did electrical", Other), ("dealz", Other), ("euro giant", Other),
    ("eurogiant", Other), ("donedeal", Other),
    // Australia: food
    ("ritchies", Food), ("el jannah", Food), ("bettys burgers", Food), ("schnitz", Food), ("sushi hub", Food),
    ("pie face", Food), ("banjos bakery", Food), ("brumbys bakery", Food), ("chatime", Food), ("san churro", Food),
    ("lord of the fries", Food), ("pizza capers", Food), ("crust pizza", Food), ("sumo salad", Food), ("degani", Food),
    ("zarraffas", Food), ("jamaica blue", Food), ("the cheesecake shop", Food), ("vintage cellars", Food),
    ("jimmy brings", Food), ("marley spoon", Food), ("youfoodz", Food), ("cellarbrations", Food),
    ("gyg", Food), ("hudsons coffee", Food), ("rolld", Food), ("sizzler", Food), ("hogs breath", Food),
    ("soul origin", Food), ("cheesecake shop", Food),
    // Australia: transport
    ("metro petroleum", Transport), ("metro trains melbourne", Transport), ("yarra trams", Transport),
    ("ptv", Transport), ("transport canberra", Transport), ("sydney metro", Transport), ("transurban", Transport),
    ("citylink", Transport), ("rex airlines", Transport), ("secure parking", Transport), ("care park", Transport),
    ("mycar", Transport), ("bob jane t marts", Transport), ("beaurepaires", Transport), ("racq", Transport),
    ("raa", Transport),
    ("nsw trainlink", Transport), ("vline", Transport), ("public transport victoria", Transport),
    ("autobarn", Transport),
    // Australia: utilities
    ("tango energy", Utilities), ("click energy", Utilities), ("powerdirect", Utilities),
    ("covau", Utilities), ("jemena", Utilities), ("evoenergy", Utilities), ("actewagl", Utilities),
    ("aurora energy", Utilities), ("city west water", Utilities), ("greater western water", Utilities),
    ("unitywater", Utilities), ("urban utilities", Utilities), ("water corporation", Utilities),
    ("hunter water", Utilities), ("icon water", Utilities), ("taswater", Utilities), ("exetel", Utilities),
    ("spintel", Utilities), ("felix mobile", Utilities), ("kogan mobile", Utilities), ("circles life", Utilities),
    ("alinta", Utilities), ("belong broadband", Utilities), ("belong mobile", Utilities), ("aldi mobile", Utilities),
    // Australia: health
    ("amcal", Health), ("blooms the chemist", Health), ("capital chemist", Health), ("discount drug stores", Health),
    ("ahm health", Health), ("gmhba", Health), ("teachers health", Health), ("goodlife health clubs", Health),
    ("laubman pank", Health), ("qml pathology", Health), ("douglass hanly moir", Health), ("laverty pathology", Health),
    ("australian clinical labs", Health),
    ("terry white chemmart", Health), ("jetts", Health), ("good price pharmacy", Health),
    // Australia: entertainment
    ("palace cinemas", Entertainment), ("dendy cinemas", Entertainment), ("luna park", Entertainment),
    ("sea world", Entertainment), ("wet n wild", Entertainment), ("moshtix", Entertainment), ("oztix", Entertainment),
    ("sportsbet", Entertainment), ("the lott", Entertainment), ("lotterywest", Entertainment),
    ("tattslotto", Entertainment),
    ("kayo", Entertainment), ("afl", Entertainment), ("nrl", Entertainment),
    // Australia: education
    ("monash university", Education), ("university of queensland", Education),
    ("australian national university", Education), ("deakin university", Education), ("griffith university", Education),
    ("qut", Education), ("macquarie university", Education),
    ("open universities australia", Education), ("qbd books", Education),
    ("usyd", Education), ("unimelb", Education), ("monash", Education), ("uq", Education),
    // Australia: clothing
    ("country road", Clothing), ("witchery", Clothing), ("seed heritage", Clothing), ("mimco", Clothing),
    ("sussan", Clothing), ("portmans", Clothing), ("jay jays", Clothing), ("dotti", Clothing),
    ("peter alexander", Clothing), ("forever new", Clothing), ("glue store", Clothing), ("princess polly", Clothing),
    ("showpo", Clothing), ("the iconic", Clothing), ("culture kings", Clothing), ("rockmans", Clothing),
    ("noni b", Clothing), ("ally fashion", Clothing), ("roger david", Clothing), ("spendless shoes", Clothing),
    ("city beach", Clothing),
    ("jeanswest", Clothing), ("bras n things", Clothing), ("strandbags", Clothing), ("sunglass hut", Clothing),
    ("billabong", Clothing), ("rip curl", Clothing),
    // Australia: housing
    ("total tools", Housing), ("beacon lighting", Housing), ("temple webster", Housing), ("early settler", Housing),
    ("forty winks", Housing), ("bedshed", Housing), ("barbeques galore", Housing), ("belle property", Housing),
    ("raine horne", Housing), ("kennards hire", Housing), ("coates hire", Housing), ("national storage", Housing),
    ("amart", Housing), ("super amart", Housing), ("bed bath n table", Housing),
    // Australia: other
    ("the good guys", Other), ("bing lee", Other), ("kogan", Other), ("catch com au", Other), ("smiggle", Other),
    ("lincraft", Other), ("harris scarfe", Other), ("greencross vets", Other), ("afterpay", Other), ("zip pay", Other),
    ("service nsw", Other), ("bcf", Other),
    ("jb hifi", Other), ("auspost", Other), ("ebgames", Other),
    // New Zealand: food
    ("farro fresh", Food), ("night n day", Food), ("coffee culture", Food), ("mexicali fresh", Food),
    ("woolworths nz", Food), ("supervalue", Food), ("hells pizza", Food), ("wild bean cafe", Food),
    ("mad butcher", Food),
    // New Zealand: transport
    ("auckland transport", Transport), ("jucy", Transport), ("apex car rentals", Transport),
    ("road user charges", Transport), ("sounds air", Transport),
    ("metro christchurch", Transport), ("intercity", Transport), ("skybus", Transport), ("auckland airport", Transport),
    // New Zealand: utilities
    ("pulse energy", Utilities), ("frank energy", Utilities), ("powerco", Utilities), ("bigpipe", Utilities),
    ("voyager internet", Utilities), ("warehouse mobile", Utilities), ("sky tv", Utilities),
    ("one new zealand", Utilities),
    // New Zealand: health
    ("nib nz", Health), ("club physical", Health), ("pathlab", Health), ("awanui labs", Health), ("healthpost", Health),
    ("tend health", Health),
    ("green cross health", Health), ("cityfitness", Health), ("southern cross hospital", Health),
    // New Zealand: entertainment
    ("lotto nz", Entertainment), ("mylotto", Entertainment), ("tab nz", Entertainment), ("spark sport", Entertainment),
    ("kelly tarltons", Entertainment), ("hobbiton", Entertainment),
    ("tvnz", Entertainment), ("tvnz plus", Entertainment), ("skycity", Entertainment),
    // New Zealand: education
    ("university of canterbury", Education), ("massey university", Education), ("aut university", Education),
    ("university of waikato", Education),
    ("uoa", Education), ("vuw", Education),
    // New Zealand: clothing
    ("kathmandu", Clothing), ("hannahs", Clothing), ("torpedo7", Clothing), ("huffer", Clothing),
    ("shoe clinic", Clothing),
    ("hallenstein brothers", Clothing), ("postie plus", Clothing), ("stirling sports", Clothing),
    ("max fashions", Clothing),
    // New Zealand: housing
    ("resene", Housing), ("big save furniture", Housing), ("nood", Housing), ("bayleys", Housing),
    ("quinovic", Housing), ("trade depot", Housing),
    ("mitre 10 mega", Housing), ("mocka", Housing),
    // New Zealand: other
    ("mighty ape", Other),
    ("pbtech", Other), ("dick smith", Other),
    // South Africa: food
    ("usave", Food), ("ok foods", Food), ("pnp", Food), ("fishaways", Food), ("panarottis", Food), ("john dorys", Food),
    ("rocomamas", Food), ("hussar grill", Food), ("wakaberry", Food), ("vida e caffe", Food),
    ("bootlegger coffee", Food), ("galitos", Food), ("king pie", Food), ("liquor city", Food),
    ("norman goodfellows", Food), ("wimpy", Food),
    // South Africa: transport
    ("sasol", Transport), ("sanral", Transport), ("metrorail", Transport), ("rea vaya", Transport),
    ("golden arrow", Transport), ("translux", Transport), ("lift airline", Transport), ("airlink", Transport),
    ("kulula", Transport), ("tiger wheel tyre", Transport), ("supa quick", Transport),
    // South Africa: utilities
    ("city power", Utilities), ("city of cape town", Utilities), ("city of tshwane", Utilities),
    ("ethekwini", Utilities), ("joburg water", Utilities), ("rand water", Utilities), ("afrihost", Utilities),
    ("webafrica", Utilities), ("vumatel", Utilities), ("openserve", Utilities), ("mweb", Utilities), ("mtn", Utilities),
    // South Africa: health
    ("discovery vitality", Health), ("momentum health", Health), ("bonitas medical aid", Health), ("medshield", Health),
    ("fedhealth", Health), ("bestmed", Health), ("lancet laboratories", Health), ("pathcare", Health),
    ("life healthcare", Health), ("alpha pharm", Health),
    // South Africa: entertainment
    ("showmax", Entertainment), ("multichoice", Entertainment), ("ticketpro", Entertainment),
    ("ushaka marine world", Entertainment), ("suncoast casino", Entertainment),
    ("sun international", Entertainment), ("hollywoodbets", Entertainment), ("betway", Entertainment),
    ("kaizer chiefs", Entertainment), ("orlando pirates", Entertainment), ("mamelodi sundowns", Entertainment),
    ("fnb stadium", Entertainment),
    // South Africa: education
    ("unisa", Education), ("university of pretoria", Education), ("university of johannesburg", Education),
    ("rhodes university", Education), ("damelin", Education), ("varsity college", Education),
    ("rosebank college", Education), ("van schaik", Education),
    // South Africa: clothing
    ("edgars", Clothing), ("ackermans", Clothing), ("markhams", Clothing), ("totalsports", Clothing),
    ("superbalist", Clothing), ("zando", Clothing), ("studio 88", Clothing), ("tekkie town", Clothing),
    ("queenspark", Clothing),
    // South Africa: housing
    ("coricraft", Housing), ("weylandts", Housing), ("bradlows", Housing), ("ok furniture", Housing),
    ("dial a bed", Housing), ("pam golding", Housing), ("seeff", Housing), ("sheet street", Housing),
    // South Africa: other
    ("loot co za", Other), ("the crazy store", Other), ("courier guy", Other), ("paxi", Other),
    // Brazil (Sudeste): food
    ("supermercados pague menos", Food), ("supermercados ricoy", Food), ("trimais", Food), ("goodbom", Food),
    ("boa supermercados", Food), ("tonin superatacado", Food), ("confianca supermercados", Food),
    ("davo supermercados", Food), ("supermercados lopes", Food), ("supermercados barbosa", Food), ("tauste", Food),
    ("mineirao atacarejo", Food), ("inter supermercados", Food), ("koni store", Food), ("bibi sucos", Food),
    ("hirota", Food), ("roldao", Food), ("bretas", Food), ("supernosso", Food), ("bh supermercados", Food),
    // Brazil (Sul): food
    ("komprao", Food), ("mercadorama", Food),
    ("festval", Food), ("asun supermercados", Food), ("super muffato", Food),
    // Brazil (Nordeste): food
    ("gbarbosa", Food), ("bompreco", Food), ("atakarejo", Food), ("perini", Food), ("novo atacarejo", Food),
    ("centerbox", Food), ("maxxi atacado", Food),
    ("redemix", Food),
    // Brazil (Centro-Oeste): food
    ("supermercados modelo", Food), ("big lar", Food),
    ("comper", Food), ("tatico", Food), ("atacadao dia a dia", Food),
    // Brazil: restaurants, cafes and delivery
    ("jeronimo burger", Food), ("paris 6", Food), ("abbraccio", Food), ("camarada camarao", Food),
    ("divino fogao", Food), ("montana grill", Food), ("griletto", Food), ("gendai", Food), ("temakinho", Food),
    ("jin jin", Food), ("mania de churrasco", Food), ("graal", Food), ("the fifties", Food), ("frans cafe", Food),
    ("suplicy cafes", Food), ("oakberry", Food), ("sodie doces", Food), ("amor aos pedacos", Food), ("daki", Food),
    ("james delivery", Food), ("cornershop", Food),
    ("casa bauducco", Food), ("american cookies", Food), ("mr pretzels", Food), ("mequi", Food),
    // Brazil (Sudeste): transport
    ("bhtrans", Transport), ("cartao bom", Transport), ("vlt carioca", Transport), ("brt rio", Transport),
    ("viamobilidade", Transport), ("via mobilidade", Transport), ("autoban", Transport), ("novadutra", Transport),
    ("arteris", Transport), ("rota das bandeiras", Transport), ("ecopistas", Transport), ("viaoeste", Transport),
    ("autopista fernao dias", Transport), ("ccr barcas", Transport),
    // Brazil (Sul): transport
    ("urbs curitiba", Transport),
    // Brazil (Nordeste): transport
    ("metro recife", Transport), ("metro salvador", Transport), ("salvador card", Transport), ("cbtu", Transport),
    ("etufor", Transport),
    // Brazil (Centro-Oeste): transport
    ("metro df", Transport), ("sitpass", Transport),
    // Brazil: transport
    ("voepass", Transport), ("passaredo", Transport), ("maxmilhas", Transport),
    ("123 milhas", Transport), ("kovi", Transport), ("autoglass", Transport), ("dpaschoal", Transport),
    ("viacao cometa", Transport), ("viacao 1001", Transport), ("itapemirim", Transport), ("aguia branca", Transport),
    ("gontijo", Transport), ("real expresso", Transport), ("viacao garcia", Transport),
    ("expresso guanabara", Transport), ("posto br", Transport), ("taggy", Transport),
    ("semparar", Transport), ("99 taxi", Transport), ("gol linhas aereas", Transport),
    ("azul linhas aereas", Transport),
    // Brazil (Sudeste): utilities
    ("sanasa", Utilities), ("semae", Utilities), ("saae", Utilities), ("dmae", Utilities), ("cesan", Utilities),
    ("igua saneamento", Utilities), ("aguas de niteroi", Utilities), ("prolagos", Utilities), ("copanor", Utilities),
    ("alares", Utilities), ("americanet", Utilities), ("sumicity", Utilities),
    ("vero internet", Utilities),
    // Brazil (Sul): utilities
    ("casan", Utilities), ("corsan", Utilities), ("aguas de joinville", Utilities), ("ceee", Utilities),
    ("sulgas", Utilities), ("scgas", Utilities), ("compagas", Utilities), ("unifique", Utilities),
    ("ligga telecom", Utilities), ("sercomtel", Utilities),
    // Brazil (Nordeste): utilities
    ("cagepa", Utilities), ("caern", Utilities), ("deso", Utilities), ("caema", Utilities), ("agespisa", Utilities),
    ("aguas de teresina", Utilities), ("brk ambiental", Utilities), ("cosern", Utilities), ("equatorial", Utilities),
    ("cemar", Utilities), ("cepisa", Utilities), ("copergas", Utilities), ("potigas", Utilities), ("pbgas", Utilities),
    ("mob telecom", Utilities), ("proxxima", Utilities),
    // Brazil (Norte): utilities
    ("cosanpa", Utilities), ("cosama", Utilities), ("caesa", Utilities), ("caerd", Utilities), ("celpa", Utilities),
    ("roraima energia", Utilities),
    // Brazil (Centro-Oeste): utilities
    ("aguas cuiaba", Utilities), ("sanesul", Utilities), ("aguas guariroba", Utilities), ("msgas", Utilities),
    // Brazil: utilities
    ("liquigas", Utilities), ("nacional gas", Utilities), ("copagaz", Utilities), ("consigaz", Utilities),
    ("elektro", Utilities), ("ligga", Utilities), ("net claro", Utilities), ("claro tv", Utilities),
    ("equatorial maranhao", Utilities),
    // Brazil (Sudeste): health
    ("drogaria onofre", Health), ("drogal", Health), ("drogarias tamoio", Health), ("drogaria minas brasil", Health),
    ("drogasmil", Health), ("lavoisier", Health), ("delboni", Health), ("sergio franco", Health), ("bronstein", Health),
    ("companhia athletica", Health), ("bio ritmo", Health), ("ironberg", Health), ("skyfit", Health),
    // Brazil (Sul): health
    ("drogaria catarinense", Health), ("farmacias preco popular", Health),
    // Brazil (Nordeste): health
    ("drogaria permanente", Health),
    // Brazil (Norte): health
    ("farmacias big ben", Health),
    // Brazil (Centro-Oeste): health
    ("drogaria rosario", Health),
    // Brazil: health
    ("farmais", Health), ("farmacia popular", Health), ("pratique fitness", Health), ("totalpass", Health),
    ("care plus", Health), ("medsenior", Health), ("gndi", Health), ("geap", Health),
    ("qsaude", Health), ("alice saude", Health), ("sami saude", Health), ("allianz saude", Health),
    ("odontocompany", Health), ("oral sin", Health), ("sorridents", Health), ("labi exames", Health),
    ("alta diagnosticos", Health), ("mundo verde", Health), ("oticas diniz", Health),
    ("drogaria sao joao", Health), ("drogarias pacheco", Health), ("sirio libanes", Health), ("rede d or", Health),
    ("oticas chilli beans", Health),
    // Brazil (Sudeste): entertainment
    ("arena mrv", Entertainment), ("cruzeiro esporte clube", Entertainment), ("parque da monica", Entertainment),
    ("aquariorio", Entertainment), ("snowland", Entertainment),
    // Brazil (Sul): entertainment
    ("athletico paranaense", Entertainment), ("ligga arena", Entertainment), ("thermas dos laranjais", Entertainment),
    // Brazil (Nordeste): entertainment
    ("arena fonte nova", Entertainment), ("esporte clube bahia", Entertainment),
    ("esporte clube vitoria", Entertainment), ("fortaleza esporte clube", Entertainment),
    ("ceara sporting club", Entertainment), ("sport club do recife", Entertainment),
    // Brazil (Norte): entertainment
    ("clube do remo", Entertainment), ("paysandu", Entertainment),
    // Brazil (Centro-Oeste): entertainment
    ("estadio mane garrincha", Entertainment), ("goias esporte clube", Entertainment),
    ("atletico goianiense", Entertainment), ("cuiaba esporte clube", Entertainment), ("rio quente", Entertainment),
    ("hot park", Entertainment),
    // Brazil: entertainment
    ("cine araujo", Entertainment), ("centerplex", Entertainment), ("playarte", Entertainment),
    ("cineflix", Entertainment), ("ingresse", Entertainment), ("ticket360", Entertainment),
    ("bilheteria digital", Entertainment), ("uhuu", Entertainment), ("tickets for fun", Entertainment),
    ("t4f", Entertainment), ("total acesso", Entertainment), ("rock in rio", Entertainment),
    ("sportv", Entertainment), ("mega sena", Entertainment), ("lotofacil", Entertainment), ("betano", Entertainment),
    // Brazil (Sudeste): education
    ("anhembi morumbi", Education), ("puc campinas", Education), ("espm", Education), ("faap", Education),
    ("universidade cruzeiro do sul", Education), ("unicarioca", Education), ("livraria da vila", Education),
    ("martins fontes", Education),
    // Brazil (Sul): education
    ("unisinos", Education), ("puc pr", Education), ("pucpr", Education), ("ulbra", Education),
    ("livrarias curitiba", Education),
    // Brazil (Nordeste): education
    ("universidade de fortaleza", Education), ("unicap", Education), ("uninassau", Education), ("unifacs", Education),
    // Brazil (Norte): education
    ("unama", Education), ("cesupa", Education),
    // Brazil (Centro-Oeste): education
    ("uniceub", Education), ("puc goias", Education), ("universidade catolica de brasilia", Education),
    ("iesb", Education), ("uniderp", Education),
    // Brazil: education
    ("senac", Education), ("senai", Education), ("uninter", Education), ("uniasselvi", Education),
    ("faculdade pitagoras", Education), ("ibmec", Education), ("descomplica", Education), ("gran cursos", Education),
    ("direcao concursos", Education), ("ebac", Education), ("rocketseat", Education), ("wise up", Education),
    ("minds idiomas", Education), ("skill idiomas", Education), ("red balloon", Education),
    ("livraria leitura", Education),
    ("estacio", Education), ("anhanguera", Education), ("puc", Education), ("usp", Education),
    // Brazil: clothing
    ("lupo", Clothing), ("puket", Clothing), ("schutz", Clothing), ("anacapri", Clothing), ("santa lolla", Clothing),
    ("carmen steffens", Clothing), ("beira rio calcados", Clothing), ("besni", Clothing), ("caedu", Clothing),
    ("dzarm", Clothing), ("ellus", Clothing), ("posthaus", Clothing), ("kanui", Clothing),
    ("world tennis", Clothing), ("authentic feet", Clothing), ("magic feet", Clothing), ("bibi calcados", Clothing),
    ("lojas pompeia", Clothing),
    ("lojas marisa", Clothing), ("cia hering", Clothing), ("torra torra", Clothing), ("lacoste", Clothing),
    // Brazil: housing
    ("dicico", Housing), ("portobello shop", Housing), ("tramontina", Housing), ("todeschini", Housing),
    ("florense", Housing), ("italinea", Housing), ("dell anno", Housing), ("ortobom", Housing),
    ("castor colchoes", Housing), ("imovelweb", Housing), ("housi", Housing), ("apsa", Housing),
    ("lello condominios", Housing), ("auxiliadora predial", Housing), ("mrv", Housing),
    ("direcional engenharia", Housing), ("cyrela", Housing), ("eztec", Housing),
    ("madeira madeira", Housing), ("suvinil", Housing), ("coral tintas", Housing),
    // Brazil (Nordeste and Norte): other
    ("lojas maia", Other), ("armazem paraiba", Other), ("insinuante", Other), ("bemol", Other),
    // Brazil (Sul): other
    ("lebes", Other), ("gazin", Other),
    // Brazil: other
    ("beleza na web", Other), ("epoca cosmeticos", Other), ("the beauty box", Other), ("avon", Other),
    ("eudora", Other), ("mary kay", Other), ("loggi", Other), ("sedex", Other),
    ("total express", Other), ("shoptime", Other), ("ri happy", Other), ("pbkids", Other), ("imaginarium", Other),
    ("casa video", Other), ("casa e video", Other), ("eletrozema", Other), ("armarinhos fernando", Other),
    ("petcamp", Other), ("petland", Other), ("granado", Other), ("ricardo eletro", Other),
    ("lojas americanas", Other), ("le biscuit", Other), ("casas pernambucanas", Other), ("elo7", Other),
    ("enjoei", Other),
    // Portugal: food
    ("companhia das sandes", Food), ("loja das sopas", Food), ("cervejaria ramiro", Food),
    ("delta cafes", Food), ("manteigaria", Food), ("honorato hamburgueres", Food), ("go natural", Food),
    ("leclerc", Food), ("h3", Food), ("time out market", Food), ("too good to go", Food), ("gelados santini", Food),
    ("nespresso", Food), ("zomato", Food),
    // Portugal: transport
    ("lusoponte", Transport), ("transdev", Transport), ("rodonorte", Transport), ("barraqueiro", Transport),
    ("renex", Transport), ("feu vert", Transport), ("rodoviaria de lisboa", Transport), ("scotturb", Transport),
    ("vimeca", Transport), ("transportes sul do tejo", Transport),
    ("sata", Transport), ("alfa pendular", Transport), ("intercidades", Transport), ("aeroporto de lisboa", Transport),
    // Portugal: utilities
    ("galp energia", Utilities), ("e redes", Utilities), ("coopernico", Utilities), ("luzboa", Utilities),
    ("aguas de cascais", Utilities), ("aguas de coimbra", Utilities), ("aguas do norte", Utilities),
    ("aguas do sado", Utilities), ("veolia", Utilities),
    ("edp comercial", Utilities), ("uzo", Utilities), ("moche", Utilities), ("meo fibra", Utilities),
    ("nos fibra", Utilities),
    // Portugal: health
    ("holon", Health), ("lemon fit", Health), ("fitness up", Health), ("ginasio clube portugues", Health),
    ("ergovisao", Health), ("malo clinic", Health),
    ("hospital cuf", Health), ("hospital lusiadas", Health), ("vital dent", Health), ("afflelou", Health), ("adse", Health),
    ("sns24", Health),
    // Portugal: entertainment
    ("nos alive", Entertainment), ("super bock super rock", Entertainment), ("primavera sound", Entertainment),
    ("jardim zoologico", Entertainment), ("pavilhao do conhecimento", Entertainment), ("casino estoril", Entertainment),
    ("jogos santa casa", Entertainment), ("euromilhoes", Entertainment), ("betclic", Entertainment),
    ("solverde", Entertainment), ("bwin", Entertainment), ("eleven sports", Entertainment),
    ("cineplace", Entertainment), ("rtp play", Entertainment), ("oceanario de lisboa", Entertainment),
    ("nos play", Entertainment),
    // Portugal: education
    ("universidade nova de lisboa", Education), ("nova sbe", Education), ("universidade do minho", Education),
    ("universidade de aveiro", Education), ("instituto superior tecnico", Education),
    ("universidade lusofona", Education), ("universidade autonoma de lisboa", Education), ("leya", Education),
    ("inlingua", Education),
    ("universidade catolica", Education),
    // Portugal: clothing
    ("quebramar", Clothing), ("foreva", Clothing), ("loja das meias", Clothing),
    ("sacoor brothers", Clothing), ("womens secret", Clothing), ("sportzone", Clothing),
    // Portugal: housing
    ("casa sapo", Housing), ("uniplaces", Housing), ("spotahome", Housing),
    ("mr bricolage", Housing), ("bricodepot", Housing),
    // Portugal: other
    ("notino", Other), ("mb way", Other), ("mbway", Other), ("portal das financas", Other), ("loja do cidadao", Other),
    ("perfumes e companhia", Other), ("livraria bertrand", Other), ("ale hop", Other),
    // Spain (Catalonia, Valencia and the east): food
    ("plusfresc", Food), ("sorli", Food), ("coaliment", Food), ("supermercados charter", Food),
    ("dialprix", Food), ("hiperber", Food), ("maskom", Food),
    ("bon preu", Food), ("ametller", Food), ("bon area", Food),
    // Spain (Madrid, the centre and the north): food
    ("hiper usera", Food), ("supermercados el arbol", Food), ("vegalsa", Food), ("cash fresh", Food),
    ("supermercados piedra", Food), ("supeco", Food),
    ("family cash", Food), ("gadisa", Food), ("lidl plus", Food),
    // Spain: restaurants and cafes
    ("tgb", Food), ("tommy mels", Food), ("santagloria", Food), ("manolo bakes", Food), ("levadura madre", Food),
    ("llaollao", Food), ("smooy", Food), ("viena capellanes", Food), ("la mallorquina", Food),
    ("la mafia se sienta a la mesa", Food),
    ("cien montaditos", Food), ("fosters hollywood", Food), ("tagliatella", Food), ("bocatta", Food),
    // Spain: transport
    ("moeve", Transport), ("disa", Transport), ("meroil", Transport), ("petrocat", Transport), ("campsa", Transport),
    ("esclatoil", Transport), ("metro de malaga", Transport), ("metro de granada", Transport),
    ("metro ligero oeste", Transport), ("tranvia de zaragoza", Transport), ("tranvia de tenerife", Transport),
    ("tram barcelona", Transport), ("t mobilitat", Transport), ("auvasa", Transport), ("dbus", Transport),
    ("titsa", Transport), ("guaguas municipales", Transport), ("lurraldebus", Transport), ("vectalia", Transport),
    ("moventis", Transport), ("sagales", Transport), ("monbus", Transport), ("trasmediterranea", Transport),
    ("balearia", Transport), ("fred olsen", Transport), ("naviera armas", Transport), ("binter", Transport),
    ("aena parking", Transport), ("interparking", Transport), ("easypark", Transport), ("elparking", Transport),
    ("dgt", Transport), ("aurgi", Transport), ("share now", Transport), ("zity", Transport), ("wible", Transport),
    ("emov", Transport), ("yego", Transport), ("record go", Transport), ("ok mobility", Transport),
    ("okmobility", Transport),
    ("rodalies", Transport), ("avlo", Transport), ("alvia", Transport), ("ok rent a car", Transport),
    ("emt madrid", Transport), ("aena", Transport), ("repsol waylet", Transport),
    // Spain: utilities
    ("viesgo", Utilities), ("audax renovables", Utilities), ("factor energia", Utilities), ("lucera", Utilities),
    ("aldro", Utilities), ("nexus energia", Utilities), ("eni plenitude", Utilities),
    ("agbar", Utilities), ("emaya", Utilities), ("emacsa", Utilities), ("emasagra", Utilities), ("emalsa", Utilities),
    ("emuasa", Utilities), ("aguas de alicante", Utilities), ("hidralia", Utilities), ("emasa", Utilities),
    ("amvisa", Utilities), ("consorcio de aguas bilbao bizkaia", Utilities), ("canaragua", Utilities),
    ("repsol butano", Utilities), ("adamo", Utilities), ("llamaya", Utilities), ("hits mobile", Utilities),
    ("parlem", Utilities), ("r cable", Utilities), ("fibracat", Utilities),
    ("repsol luz", Utilities), ("totalenergies", Utilities), ("fibra movistar", Utilities),
    ("orange espana", Utilities),
    // Spain: health
    ("fitness park", Health), ("ifitness", Health), ("hospital ruber", Health), ("hospiten", Health),
    ("teknon", Health), ("ribera salud", Health), ("caser salud", Health), ("axa salud", Health), ("fiatc", Health),
    ("optica 2000", Health), ("dosfarma", Health), ("doctoralia", Health), ("eurofins megalab", Health),
    ("dentix", Health),
    ("sanitas dental", Health), ("adeslas dental", Health), ("megalab", Health), ("farmacias trebol", Health),
    // Spain: entertainment
    ("mitele plus", Entertainment), ("flixole", Entertainment), ("cines renoir", Entertainment),
    ("cines verdi", Entertainment), ("artesiete", Entertainment), ("cinesur", Entertainment), ("wegow", Entertainment),
    ("bonoloto", Entertainment), ("euromillones", Entertainment), ("codere", Entertainment),
    ("sportium", Entertainment), ("luckia", Entertainment), ("isla magica", Entertainment),
    ("terra mitica", Entertainment), ("faunia", Entertainment), ("zoo aquarium de madrid", Entertainment),
    ("bioparc", Entertainment), ("aqualand", Entertainment), ("aquopolis", Entertainment),
    ("razzmatazz", Entertainment), ("palau sant jordi", Entertainment), ("sagrada familia", Entertainment),
    ("museo guggenheim", Entertainment), ("museo thyssen", Entertainment), ("casa batllo", Entertainment),
    ("park guell", Entertainment), ("teatro real", Entertainment), ("mad cool", Entertainment),
    ("yelmo cines", Entertainment), ("rtve play", Entertainment), ("laliga", Entertainment),
    ("loterias y apuestas del estado", Entertainment),
    // Spain: education
    ("universidad de sevilla", Education), ("universidad de granada", Education),
    ("universitat de valencia", Education), ("universidad politecnica de madrid", Education),
    ("universitat politecnica de catalunya", Education), ("universidad pontificia comillas", Education),
    ("icade", Education), ("esade", Education), ("iese", Education), ("eae business school", Education),
    ("universidad ceu san pablo", Education), ("universidad de deusto", Education),
    ("universidad francisco de vitoria", Education), ("universidad nebrija", Education),
    ("universidad alfonso x el sabio", Education), ("universidad camilo jose cela", Education),
    ("universidad rey juan carlos", Education), ("urjc", Education), ("universitat pompeu fabra", Education),
    ("vaughan", Education), ("opositatest", Education), ("master d", Education), ("todostuslibros", Education),
    ("ucm", Education), ("uam", Education), ("upm", Education), ("ie business school", Education),
    // Spain: clothing
    ("tous", Clothing), ("purificacion garcia", Clothing), ("silbon", Clothing), ("hoss intropia", Clothing),
    ("gioseppo", Clothing), ("zalando", Clothing), ("snipes", Clothing), ("pimkie", Clothing), ("privalia", Clothing),
    ("showroomprive", Clothing), ("bonprix", Clothing),
    ("pepe jeans", Clothing), ("skfk", Clothing), ("misako", Clothing), ("pretty ballerinas", Clothing),
    // Spain: housing
    ("sklum", Housing), ("muebles la fabrica", Housing), ("muebles boom", Housing), ("banak importa", Housing),
    ("bricoking", Housing), ("verdecora", Housing), ("colchon express", Housing), ("pikolin", Housing),
    ("casa shops", Housing), ("muebles rey", Housing), ("yaencontre", Housing), ("enalquiler", Housing),
    ("servihabitat", Housing), ("housfy", Housing), ("securitas direct", Housing), ("prosegur alarmas", Housing),
    ("verisure", Housing),
    ("h m home", Housing), ("cadena 88", Housing), ("colchones express", Housing), ("porcelanosa", Housing),
    // Spain: other
    ("nacex", Other), ("tedi", Other), ("xtralife", Other), ("k tuin", Other), ("coolmod", Other),
    ("euronics", Other), ("milar", Other), ("perfumerias if", Other), ("arenal perfumerias", Other),
    ("marvimundo", Other), ("bodybell", Other), ("clarel", Other), ("mascotaplanet", Other),
    ("agencia tributaria", Other),
    ("pc componentes", Other), ("juguettos", Other), ("the phone house", Other), ("cash converters", Other),
    ("alehop", Other),
    // Mexico: food
    ("s mart", Food), ("tiendas extra", Food), ("super city", Food), ("tacos el califa", Food), ("el fogoncito", Food),
    ("el tizoncito", Food), ("potzollcalli", Food), ("the italian coffee company", Food),
    ("finca santa veracruz", Food), ("andatti", Food), ("pasteleria ideal", Food), ("nutrisa", Food),
    ("peter piper pizza", Food), ("el pollo feliz", Food), ("gran cafe de la parroquia", Food), ("sonora grill", Food),
    ("sin delantal", Food),
    ("aurrera", Food), ("italianis", Food), ("los bisquets obregon", Food), ("pollo feliz", Food), ("benedettis", Food),
    ("sushiitto", Food), ("sanborns cafe", Food), ("rappi turbo", Food),
    // Mexico: transport
    ("orsan", Transport), ("rendichicas", Transport), ("fullgas", Transport), ("trolebus", Transport),
    ("cablebus", Transport), ("siteur", Transport), ("transmetro", Transport),
    ("omnibus de mexico", Transport), ("autobuses de oriente", Transport), ("tufesa", Transport),
    ("pullman de morelos", Transport), ("interjet", Transport), ("magnicharters", Transport),
    ("mexicana de aviacion", Transport), ("indrive", Transport), ("verificentro", Transport), ("qualitas", Transport),
    ("etn", Transport), ("ado en linea", Transport), ("via pass", Transport),
    ("viapass", Transport),
    // Mexico: utilities
    ("agua de puebla", Utilities), ("sapal", Utilities), ("cespt", Utilities), ("jmas", Utilities),
    ("interapas", Utilities), ("sadm", Utilities), ("aguas de saltillo", Utilities), ("agua de hermosillo", Utilities),
    ("japac", Utilities), ("engie", Utilities), ("gas uribe", Utilities), ("regio gas", Utilities), ("weex", Utilities),
    ("dish mexico", Utilities), ("vetv", Utilities),
    ("total play", Utilities), ("conagua", Utilities), ("recarga telcel", Utilities),
    // Mexico: health
    ("farmacias roma", Health), ("farmacias klyns", Health), ("laboratorio medico polanco", Health),
    ("hospital mac", Health), ("hospital zambrano hellion", Health), ("dentalia", Health), ("ben frank", Health),
    ("farmacia del ahorro", Health), ("farmacia guadalajara", Health), ("fahorro", Health),
    ("farmacia san pablo", Health), ("opticas devlyn", Health),
    // Mexico: entertainment
    ("star plus", Entertainment), ("palacio de los deportes", Entertainment), ("arena cdmx", Entertainment),
    ("arena monterrey", Entertainment), ("estadio akron", Entertainment),
    ("autodromo hermanos rodriguez", Entertainment), ("recorcholis", Entertainment),
    ("papalote museo del nino", Entertainment), ("acuario inbursa", Entertainment), ("xenses", Entertainment),
    ("xoximilco", Entertainment), ("playdoit", Entertainment),
    ("blim", Entertainment), ("boletia", Entertainment), ("cineteca nacional", Entertainment), ("ocesa", Entertainment),
    // Mexico: education
    ("universidad tecnologica de mexico", Education), ("universidad la salle", Education),
    ("universidad panamericana", Education), ("udlap", Education), ("iteso", Education), ("upaep", Education),
    ("buap", Education), ("universidad autonoma de guadalajara", Education), ("universidad insurgentes", Education),
    ("conalep", Education), ("libreria el sotano", Education), ("educal", Education),
    ("fondo de cultura economica", Education), ("el pendulo", Education), ("libreria gonvill", Education),
    ("ipn", Education), ("itesm", Education), ("ibero", Education),
    // Mexico: clothing
    ("shasa", Clothing), ("cklass", Clothing), ("fabricas de francia", Clothing), ("ferrioni", Clothing),
    ("flexi", Clothing), ("vertiche", Clothing), ("cimaco", Clothing),
    // Mexico: housing
    ("truper", Housing), ("cemex", Housing), ("interceramic", Housing),
    ("muebles america", Housing), ("propiedades com", Housing), ("segundamano", Housing), ("infonavit", Housing),
    ("fovissste", Housing),
    ("boxito", Housing), ("rotoplas", Housing), ("berel", Housing),
    // Mexico: other
    ("famsa", Other), ("woolworth", Other), ("cyberpuerta", Other), ("ddtech", Other), ("estafeta", Other),
    ("99minutos", Other), ("99 minutos", Other), ("paquetexpress", Other),
    ("claroshop", Other), ("gameplanet", Other), ("porrua", Other),
    // Argentina: food
    ("yaguar", Food), ("josimar supermercados", Food), ("cafe tortoni", Food), ("tienda de cafe", Food),
    ("persicco", Food), ("kansas grill", Food), ("la parolaccia", Food), ("kentucky pizza", Food), ("ugis", Food),
    ("tostado cafe club", Food), ("le pain quotidien", Food),
    ("super vea", Food), ("guerrin", Food), ("el palacio de la papa frita", Food), ("green eat", Food),
    ("sushiclub", Food), ("cremolatti", Food),
    // Argentina: transport
    ("premetro", Transport), ("el rapido argentino", Transport), ("crucero del norte", Transport),
    ("tienda leon", Transport), ("colonia express", Transport), ("autopistas urbanas", Transport),
    ("caminos de las sierras", Transport),
    ("puma energia", Transport), ("metrovias", Transport), ("flechabus", Transport), ("tren roca", Transport),
    ("tren sarmiento", Transport), ("tren mitre", Transport), ("aeroparque", Transport), ("turismocity", Transport),
    // Argentina: utilities
    ("edea", Utilities), ("epesf", Utilities), ("edemsa", Utilities), ("gasnor", Utilities), ("gasnea", Utilities),
    ("gas cuyana", Utilities), ("aguas mendocinas", Utilities), ("osse", Utilities), ("telecom personal", Utilities),
    ("supercanal", Utilities),
    ("camuzzi gas pampeana", Utilities), ("aysam", Utilities), ("personal flow", Utilities),
    // Argentina: health
    ("farmaonline", Health), ("avalian", Health), ("prevencion salud", Health), ("accord salud", Health),
    ("osdepym", Health), ("diagnostico maipu", Health), ("cemic", Health), ("sanatorio otamendi", Health),
    ("sanatorio guemes", Health), ("fleni", Health), ("hospital britanico", Health),
    ("farmacias central oeste", Health), ("farmacias zona vital", Health), ("sanatorio finochietto", Health),
    ("hospital garrahan", Health),
    // Argentina: entertainment
    ("plateanet", Entertainment), ("alternativa teatral", Entertainment), ("tyc sports", Entertainment),
    ("fox sports", Entertainment), ("club atletico independiente", Entertainment),
    ("estudiantes de la plata", Entertainment), ("newells old boys", Entertainment), ("rosario central", Entertainment),
    ("talleres de cordoba", Entertainment), ("club atletico belgrano", Entertainment), ("mundo marino", Entertainment),
    ("parque de la costa", Entertainment),
    ("village cines", Entertainment), ("cines multiplex", Entertainment), ("tntsports", Entertainment),
    ("tecnopolis", Entertainment),
    // Argentina: education
    ("utn", Education), ("universidad tecnologica nacional", Education), ("universidad austral", Education),
    ("universidad de belgrano", Education), ("ucema", Education), ("universidad de palermo", Education),
    ("universidad catolica argentina", Education), ("universidad siglo 21", Education), ("icana", Education),
    ("libreria santa fe", Education), ("libreria hernandez", Education), ("educacionit", Education),
    ("uba", Education), ("unlp", Education), ("universidad di tella", Education),
    // Argentina: clothing
    ("rapsodia", Clothing), ("bensimon", Clothing), ("wanama", Clothing), ("awada", Clothing), ("ona saez", Clothing),
    ("rever pass", Clothing), ("tascani", Clothing), ("taverniti", Clothing), ("como quieres que te quiera", Clothing),
    ("grisino", Clothing), ("macowens", Clothing), ("paruolo", Clothing), ("viamo", Clothing),
    ("lady stork", Clothing),
    ("la martina", Clothing), ("sarkany", Clothing), ("maria cher", Clothing),
    // Argentina: housing
    ("pinturerias colorshop", Housing), ("barugel azulay", Housing), ("piero colchones", Housing),
    ("cannon colchones", Housing), ("toribio achaval", Housing),
    ("bercomat", Housing), ("pintureria rex", Housing), ("sinteplast", Housing),
    // Argentina: other
    ("naldo", Other), ("oncity", Other), ("puppis", Other), ("andreani", Other), ("uala", Other), ("naranja x", Other),
    ("todo moda", Other), ("arba", Other),
    ("casa del audio", Other), ("tiendanube", Other), ("libreria el ateneo", Other),
    // Colombia: food
    ("euro supermercados", Food), ("zapatoca", Food), ("mercaldas", Food), ("megatiendas", Food),
    ("justo y bueno", Food), ("archies", Food), ("cafe quindio", Food), ("la hamburgueseria", Food),
    ("domicilios com", Food),
    ("almacenes exito", Food), ("tiendas ara", Food), ("tiendas d1", Food), ("mercaderia justo bueno", Food),
    ("supermercado la 14", Food), ("andres carne de res", Food), ("bogota beer company", Food),
    ("crepes y waffles", Food),
    // Colombia: transport
    ("zeuss", Transport), ("petromil", Transport), ("metroplus", Transport), ("transcaribe", Transport),
    ("metrolinea", Transport), ("encicla", Transport), ("viva air", Transport), ("easyfly", Transport),
    ("berlinas del fonce", Transport), ("flota magdalena", Transport), ("simit", Transport),
    ("clic air", Transport), ("tembici", Transport), ("taxis libres", Transport), ("eds terpel", Transport),
    ("terpel voy", Transport),
    // Colombia: utilities
    ("electricaribe", Utilities), ("chec", Utilities), ("edeq", Utilities), ("cedenar", Utilities),
    ("enertolima", Utilities), ("ebsa", Utilities), ("triple a", Utilities), ("aguas de manizales", Utilities),
    ("aguas y aguas de pereira", Utilities), ("aguas aguas de pereira", Utilities),
    ("empresas publicas de medellin", Utilities), ("alcanos", Utilities), ("llanogas", Utilities),
    ("enel codensa", Utilities), ("une epm", Utilities), ("exito movil", Utilities),
    // Colombia: health
    ("drogueria alemana", Health), ("drogueria inglesa", Health), ("drogas la economia", Health),
    ("drogueria olimpica", Health), ("audifarma", Health), ("medplus", Health), ("clinica del country", Health),
    ("fundacion valle del lili", Health), ("hospital pablo tobon uribe", Health), ("clinica las americas", Health),
    ("idime", Health),
    ("drogueria pasteur", Health), ("farmacias pasteur", Health), ("drogas olimpica", Health), ("farmacenter", Health),
    ("lafam", Health), ("gmo opticas", Health),
    // Colombia: entertainment
    ("parque jaime duque", Entertainment), ("parque panaca", Entertainment), ("piscilago", Entertainment),
    ("maloka", Entertainment), ("estadio atanasio girardot", Entertainment), ("independiente medellin", Entertainment),
    ("deportivo cali", Entertainment), ("independiente santa fe", Entertainment), ("once caldas", Entertainment),
    ("deportes tolima", Entertainment), ("baloto", Entertainment), ("betplay", Entertainment), ("wplay", Entertainment),
    ("rushbet", Entertainment),
    ("cinemas procinal", Entertainment), ("cineco", Entertainment), ("festival estereo picnic", Entertainment),
    ("estereo picnic", Entertainment),
    // Colombia: education
    ("icetex", Education), ("universidad externado", Education), ("universidad del norte", Education),
    ("uninorte", Education), ("universidad de la sabana", Education), ("universidad del valle", Education),
    ("univalle", Education), ("universidad industrial de santander", Education),
    ("universidad pontificia bolivariana", Education), ("universidad ean", Education),
    ("universidad sergio arboleda", Education), ("politecnico grancolombiano", Education), ("areandina", Education),
    ("uniminuto", Education), ("unad", Education), ("universidad de medellin", Education),
    ("universidad icesi", Education), ("centro colombo americano", Education), ("libreria lerner", Education),
    ("libreria de la u", Education),
    ("javeriana", Education), ("externado", Education),
    // Colombia: clothing
    ("naf naf", Clothing), ("esprit", Clothing), ("bosi", Clothing), ("seven seven", Clothing),
    ("girbaud", Clothing), ("baby fresh", Clothing), ("epk", Clothing), ("calzatodo", Clothing),
    ("almacenes flamingo", Clothing),
    ("bronzini", Clothing), ("patprimo", Clothing),
    // Colombia: housing
    ("muebles accesorios", Housing), ("pintuco", Housing), ("colchones spring", Housing),
    ("colchones el dorado", Housing), ("la haus", Housing),
    ("home center", Housing), ("ceramica italia", Housing), ("tugo muebles", Housing),
    // Colombia: other
    ("electrojaponesa", Other), ("agaval", Other), ("pepe ganga", Other), ("efecty", Other), ("nequi", Other),
    ("daviplata", Other), ("dian", Other), ("fedco", Other),
    ("alkomprar", Other), ("tiendas la 14", Other), ("inter rapidisimo", Other),
    // Chile: food
    ("ekono", Food), ("melt pizzas", Food), ("niu sushi", Food), ("fuente mardoqueo", Food), ("cafe haiti", Food),
    ("super lider", Food), ("tip y tap", Food), ("cafe castano", Food), ("schopdog", Food), ("pollo stop", Food),
    ("la vega central", Food),
    // Chile: transport
    ("aramco", Transport), ("bip", Transport), ("ruta del maipo", Transport), ("tunel san cristobal", Transport),
    ("autopista nororiente", Transport), ("efe trenes", Transport), ("tren central", Transport),
    ("buses jac", Transport), ("mitta", Transport),
    ("red metropolitana de movilidad", Transport), ("condor bus", Transport), ("autopase", Transport),
    ("copec voltex", Transport),
    // Chile: utilities
    ("frontel", Utilities), ("edelmag", Utilities), ("aguas del valle", Utilities), ("nuevosur", Utilities),
    ("aguas araucania", Utilities), ("aguas del altiplano", Utilities), ("smapa", Utilities),
    ("aguas cordillera", Utilities), ("aguas chanar", Utilities), ("aguas magallanes", Utilities),
    ("mundo pacifico", Utilities),
    ("gtd", Utilities), ("mundo telecomunicaciones", Utilities), ("simple movil", Utilities),
    // Chile: health
    ("ecofarmacias", Health), ("vida tres", Health), ("clinica indisa", Health),
    ("clinica meds", Health), ("clinica vespucio", Health), ("vidaintegra", Health), ("laboratorio bionet", Health),
    ("opticas place vendome", Health), ("econopticas", Health),
    ("knop", Health), ("farmacias dr simi", Health), ("farmaexpress", Health), ("clinica bupa", Health),
    ("isapre colmena", Health),
    // Chile: entertainment
    ("ticketplus", Entertainment), ("mampato", Entertainment), ("teatro caupolican", Entertainment),
    ("polla chilena", Entertainment), ("loteria de concepcion", Entertainment), ("casino enjoy", Entertainment),
    ("monticello", Entertainment),
    ("kino", Entertainment), ("dreams casino", Entertainment), ("enjoy casino", Entertainment),
    ("zapping tv", Entertainment), ("vtr play", Entertainment),
    // Chile: education
    ("universidad de concepcion", Education), ("universidad de santiago", Education),
    ("universidad tecnica federico santa maria", Education), ("utfsm", Education),
    ("universidad diego portales", Education), ("universidad del desarrollo", Education),
    ("universidad mayor", Education), ("universidad de valparaiso", Education), ("pucv", Education),
    ("aiep", Education), ("universidad santo tomas", Education), ("cpech", Education),
    ("preu pedro de valdivia", Education), ("instituto chileno britanico", Education),
    ("instituto chileno norteamericano", Education),
    ("uchile", Education), ("udec", Education), ("unab", Education),
    // Chile: clothing
    ("doite", Clothing), ("lippi", Clothing), ("andesgear", Clothing), ("colloky", Clothing),
    ("maui and sons", Clothing),
    ("fashion park", Clothing), ("calzados guante", Clothing), ("kayser", Clothing),
    // Chile: housing
    ("toctoc", Housing), ("comunidad feliz", Housing),
    ("homy", Housing), ("colchones rosen", Housing), ("portalinmobiliario", Housing),
    // Chile: other
    ("yapo", Other), ("starken", Other), ("bluexpress", Other), ("servipag", Other), ("dbs beauty store", Other),
    ("super pet", Other), ("pet happy", Other), ("tesoreria general de la republica", Other),
    ("abc din", Other), ("pcfactory", Other), ("parque arauco", Other), ("mallplaza", Other),
    ("costanera center", Other),
    // Peru: food
    ("supermercados metro", Food), ("hipermercados metro", Food), ("repshop", Food), ("pizza raul", Food),
    ("china wok", Food), ("pasteleria san antonio", Food), ("donofrio", Food), ("d onofrio", Food),
    ("astrid y gaston", Food), ("chifa", Food), ("cafe bisetti", Food), ("altomayo", Food),
    // Peru: transport
    ("star peru", Transport), ("ittsa", Transport), ("tepsa", Transport), ("excluciva", Transport),
    ("petro peru", Transport), ("movil tours", Transport), ("taxi satelital", Transport),
    ("tarjeta lima pass", Transport),
    // Peru: utilities
    ("electrodunas", Utilities), ("electrosur", Utilities), ("electronoroeste", Utilities), ("electronorte", Utilities),
    ("electrocentro", Utilities), ("electro oriente", Utilities), ("electro sur este", Utilities),
    ("seal arequipa", Utilities), ("epsel", Utilities), ("sedacusco", Utilities), ("eps grau", Utilities),
    ("sedachimbote", Utilities), ("contugas", Utilities), ("quavii", Utilities), ("solgas", Utilities),
    ("llamagas", Utilities),
    ("lima gas", Utilities), ("win internet", Utilities), ("pluz", Utilities), ("calidda gas", Utilities),
    // Peru: health
    ("hogar y salud", Health), ("farmacias universal", Health), ("clinica javier prado", Health),
    ("clinica anglo americana", Health), ("clinica san pablo", Health), ("clinica limatambo", Health),
    ("clinica maison de sante", Health), ("suiza lab", Health), ("blufstein", Health),
    ("laboratorios roe", Health), ("boticas fasa", Health), ("farmacia universal", Health), ("pacifico eps", Health),
    ("econolentes", Health),
    // Peru: entertainment
    ("circuito magico del agua", Entertainment), ("parque de las leyendas", Entertainment),
    ("coney park", Entertainment), ("la tinka", Entertainment),
    ("tinka", Entertainment), ("apuesta total", Entertainment), ("uvk multicines", Entertainment),
    ("la granja villa", Entertainment), ("movistar play", Entertainment),
    // Peru: education
    ("universidad de piura", Education), ("universidad san martin de porres", Education), ("usmp", Education),
    ("universidad ricardo palma", Education), ("universidad continental", Education),
    ("universidad tecnologica del peru", Education), ("universidad privada del norte", Education),
    ("senati", Education), ("cibertec", Education), ("idat", Education), ("toulouse lautrec", Education),
    ("pamer", Education), ("saco oliveros", Education), ("innova schools", Education), ("ibero librerias", Education),
    ("ulima", Education), ("utec", Education), ("ucv", Education),
    // Peru: clothing
    ("renzo costa", Clothing), ("pionier", Clothing),
    ("michelle belau", Clothing), ("pionier jeans", Clothing), ("sol alpaca", Clothing),
    // Peru: housing
    ("cassinelli", Housing), ("nexo inmobiliario", Housing), ("fondo mivivienda", Housing),
    ("promart homecenter", Housing), ("maestro homecenter", Housing), ("pinturas qroma", Housing),
    // Peru: other
    ("carsa", Other), ("sunat", Other), ("reniec", Other), ("yape", Other), ("plin", Other), ("pagoefectivo", Other),
    ("kasnet", Other),
    ("jockey plaza", Other), ("real plaza", Other), ("megaplaza", Other),
    // Uruguay: food
    ("el dorado supermercados", Food), ("kinko", Food), ("multiahorro", Food), ("ta ta", Food), ("macro mercado", Food),
    ("la pasiva", Food), ("pizzeria trouville", Food),
    ("geant", Food), ("devoto express", Food), ("conaprole", Food), ("mercado del puerto", Food),
    // Uruguay: transport
    ("ducsa", Transport), ("coetc", Transport), ("ucot", Transport), ("copsa", Transport), ("turil", Transport),
    ("sucive", Transport),
    ("rutas del sol", Transport), ("terminal tres cruces", Transport), ("aeropuerto de carrasco", Transport),
    // Uruguay: utilities
    ("montevideo gas", Utilities), ("riogas", Utilities), ("acodike", Utilities),
    ("supergas", Utilities), ("montecable", Utilities), ("antel fibra", Utilities),
    // Uruguay: health
    ("farmacias san roque", Health), ("medica uruguaya", Health), ("mucam", Health), ("casmu", Health),
    ("asociacion espanola", Health), ("circulo catolico", Health), ("cudam", Health), ("semm", Health),
    ("seguro americano", Health),
    ("crami", Health), ("emergencia movil", Health), ("farmacia san roque", Health),
    // Uruguay: entertainment
    ("life cinemas", Entertainment), ("grupocine", Entertainment), ("teatro solis", Entertainment),
    ("antel arena", Entertainment), ("defensor sporting", Entertainment), ("danubio fc", Entertainment),
    ("5 de oro", Entertainment),
    ("cines life", Entertainment), ("cinco de oro", Entertainment), ("supermatch", Entertainment),
    ("redtickets", Entertainment),
    // Uruguay: education
    ("universidad ort", Education), ("universidad catolica del uruguay", Education),
    ("universidad de montevideo", Education), ("dickens institute", Education),
    ("alianza cultural uruguay estados unidos", Education),
    ("ucu", Education), ("claeh", Education),
    // Uruguay: clothing
    ("tiendas bas", Clothing), ("tiendas indian", Clothing),
    // Uruguay: housing
    ("infocasas", Housing),
    ("pinturas inca", Housing), ("muebles divino", Housing),
    // Uruguay: other
    ("gallito luis", Other), ("correo uruguayo", Other),
    ("motociclo", Other), ("multiahorro hogar", Other), ("punta carretas shopping", Other),
    ("tres cruces shopping", Other),
    // Uruguay: income
    ("banco de prevision social", Income),
    // Ecuador: food
    ("supermercados santa maria", Food), ("hipermarket", Food), ("pollos gus", Food), ("tropi burger", Food),
    ("tropiburger", Food), ("noe sushi", Food), ("american deli", Food), ("yogurt persa", Food), ("sweet coffee", Food),
    ("los cebiches de la ruminahui", Food),
    // Ecuador: transport
    ("ecovia", Transport), ("equair", Transport),
    // Ecuador: utilities
    ("conecel", Utilities), ("otecel", Utilities), ("puntonet", Utilities), ("xtrim", Utilities),
    ("celerity", Utilities), ("epmaps", Utilities), ("centrosur", Utilities), ("duragas", Utilities),
    ("congas", Utilities),
    // Ecuador: health
    ("pharmacys", Health), ("farmacias economicas", Health), ("hospital metropolitano", Health),
    ("hospital vozandes", Health), ("clinica kennedy", Health), ("omni hospital", Health),
    ("hospital de los valles", Health), ("interlab", Health), ("saludsa", Health),
    ("ecuasanitas", Health), ("veris", Health), ("optica los andes", Health),
    // Ecuador: entertainment
    ("multicines", Entertainment), ("ticketshow", Entertainment), ("independiente del valle", Entertainment),
    ("aucas", Entertainment), ("deportivo quito", Entertainment),
    // Ecuador: education
    ("pontificia universidad catolica del ecuador", Education),
    ("universidad de las americas", Education), ("udla", Education), ("uide", Education),
    ("universidad central del ecuador", Education), ("universidad catolica de santiago de guayaquil", Education),
    ("utpl", Education), ("universidad san francisco de quito", Education),
    ("libri mundi", Education), ("mr books", Education), ("juan marcet", Education),
    // Ecuador: clothing
    ("casa tosi", Clothing), ("marathon sports", Clothing),
    // Ecuador: housing
    ("ferrisariato", Housing), ("disensa", Housing), ("megakywi", Housing), ("colineal", Housing),
    ("pinturas unidas", Housing), ("pinturas condor", Housing), ("chaide", Housing),
    // Ecuador: other
    ("comandato", Other), ("artefacta", Other), ("jaher", Other), ("marcimex", Other), ("tventas", Other),
    // Names people type that the rounds above missed
    ("santa isabel", Food), ("ahumada", Health), ("farmacias ahumada", Health), ("a w", Food), ("sky sports", Entertainment),
    ("raia", Health), ("droga raia", Health),
    // India: food delivery and groceries; clothing: clogs
    ("swiggy", Food), ("swiggy instamart", Food), ("blinkit", Food), ("bigbasket", Food), ("crocs", Clothing),
];

/// Chains whose names are also everyday words or first names, by the currency (and language) of
/// the people who shop there: they name the chain only when they name an item alone ("Personal
/// 24.999", "Zona Sul 231,45", not "préstamo personal"). Used by the sentence reader; bank
/// statements name chains in full.
pub const NAMES_ALONE: &[(&str, Option<Language>, &str, Category)] = &[
    ("ARS", None, "personal", Utilities), ("EUR", Some(Language::Pt), "nos", Utilities), ("ARS", None, "disco", Food),
    ("UYU", None, "disco", Food), ("PEN", None, "mass", Food), ("CLP", None, "completo", Food), ("CLP", None, "completos", Food),
    ("UYU", None, "patricia", Food), ("USD", Some(Language::En), "ingles", Food), ("USD", None, "marathon", Transport),
    ("USD", None, "arco", Transport), ("USD", None, "delta", Transport), ("USD", None, "getty", Transport),
    ("USD", None, "marta", Transport), ("USD", None, "dart", Transport), ("USD", None, "thorntons", Transport),
    ("USD", None, "sprint", Utilities), ("USD", None, "optimum", Utilities), ("USD", None, "hers", Health),
    ("USD", None, "showtime", Entertainment), ("USD", None, "main event", Entertainment), ("USD", None, "converse", Clothing),
    ("USD", None, "vans", Clothing), ("USD", None, "guess", Clothing), ("USD", None, "journeys", Clothing),
    ("USD", None, "chicos", Clothing), ("USD", None, "burlington", Clothing), ("USD", None, "rei", Clothing),
    ("USD", None, "patagonia", Clothing), ("USD", None, "new balance", Clothing), ("USD", None, "carters", Clothing),
    ("USD", None, "casper", Housing), ("USD", None, "at home", Housing), ("USD", None, "overstock", Other),
    ("USD", None, "save a lot", Food), ("USD", None, "twin peaks", Food), ("USD", None, "brilliant", Education),
    ("CAD", None, "maxi", Food), ("CAD", None, "montanas", Food), ("CAD", None, "milestones", Food), ("CAD", None, "earls", Food),
    ("CAD", None, "cora", Food), ("CAD", None, "white spot", Food), ("CAD", None, "husky", Transport),
    ("CAD", None, "swoop", Transport), ("CAD", None, "modo", Transport), ("CAD", None, "shaw", Utilities),
    ("CAD", None, "fizz", Utilities), ("CAD", None, "clearly", Health), ("CAD", None, "winners", Clothing),
    ("CAD", None, "roots", Clothing), ("CAD", None, "simons", Clothing), ("CAD", None, "aldo", Clothing),
    ("CAD", None, "atmosphere", Clothing), ("CAD", None, "marks", Clothing), ("CAD", None, "the brick", Housing),
    ("CAD", None, "leons", Housing), ("CAD", None, "the bay", Other), ("CAD", None, "staples", Other), ("CAD", None, "indigo", Other),
    ("CAD", None, "the source", Other), ("CAD", None, "concordia", Education), ("GBP", None, "one stop", Food),
    ("GBP", None, "gails", Food), ("GBP", None, "chiquito", Food), ("GBP", None, "m s", Food), ("GBP", None, "jet", Transport),
    ("GBP", None, "gulf", Transport), ("GBP", None, "go ahead", Transport), ("GBP", None, "tui", Transport),
    ("GBP", None, "bulb", Utilities), ("GBP", None, "smarty", Utilities), ("GBP", None, "octopus", Utilities),
    ("GBP", None, "everyman", Entertainment), ("GBP", None, "tombola", Entertainment), ("GBP", None, "monsoon", Clothing),
    ("GBP", None, "oasis", Clothing), ("GBP", None, "clarks", Clothing), ("GBP", None, "joules", Clothing),
    ("GBP", None, "pretty little thing", Clothing), ("GBP", None, "the range", Housing), ("GBP", None, "habitat", Housing),
    ("GBP", None, "dreams", Housing), ("GBP", None, "the works", Other), ("GBP", None, "savers", Other), ("GBP", None, "lush", Other),
    ("EUR", Some(Language::En), "mace", Food), ("EUR", Some(Language::En), "daybreak", Food),
    ("EUR", Some(Language::En), "obriens", Food), ("EUR", Some(Language::En), "woodies", Housing),
    ("EUR", Some(Language::En), "susi", Education), ("AUD", None, "romeos", Food), ("AUD", None, "oporto", Food),
    ("AUD", None, "salsas", Food), ("AUD", None, "night owl", Food), ("AUD", None, "drakes", Food), ("AUD", None, "bonza", Transport),
    ("AUD", None, "dodo", Utilities), ("AUD", None, "synergy", Utilities), ("AUD", None, "nib", Health), ("AUD", None, "ahm", Health),
    ("AUD", None, "priceline", Health), ("AUD", None, "stan", Entertainment), ("AUD", None, "binge", Entertainment),
    ("AUD", None, "tab", Entertainment), ("AUD", None, "timezone", Entertainment), ("AUD", None, "bonds", Clothing),
    ("AUD", None, "platypus", Clothing), ("AUD", None, "athletes foot", Clothing), ("AUD", None, "freedom", Housing),
    ("AUD", None, "snooze", Housing), ("AUD", None, "reece", Housing), ("AUD", None, "catch", Other),
    ("AUD", None, "spotlight", Other), ("AUD", None, "mecca", Other), ("AUD", None, "anaconda", Other),
    ("NZD", None, "valentines", Food), ("NZD", None, "tui", Food), ("NZD", None, "waitomo", Transport),
    ("NZD", None, "spark", Utilities), ("NZD", None, "mercury", Utilities), ("NZD", None, "contact", Utilities),
    ("NZD", None, "vector", Utilities), ("NZD", None, "skinny", Utilities), ("NZD", None, "slingshot", Utilities),
    ("NZD", None, "two degrees", Utilities), ("NZD", None, "southern cross", Health), ("NZD", None, "neon", Entertainment),
    ("NZD", None, "massey", Education), ("NZD", None, "postie", Clothing), ("NZD", None, "icebreaker", Clothing),
    ("NZD", None, "carters", Housing), ("NZD", None, "farmers", Other), ("NZD", None, "warehouse", Other),
    // Colombia's mid-year and Christmas bonus, alone.
    ("COP", None, "prima", Income),
    ("BRL", None, "zona sul", Food), ("BRL", None, "bahamas", Food), ("BRL", None, "asun", Food), ("BRL", None, "epa", Food),
    ("BRL", None, "imperatriz", Food), ("BRL", None, "mateus", Food), ("BRL", None, "formosa", Food), ("BRL", None, "confianca", Food),
    ("BRL", None, "tenda", Food), ("BRL", None, "sao vicente", Food), ("BRL", None, "super dia", Food),
    ("BRL", None, "superbom", Food), ("BRL", None, "vibra", Transport), ("BRL", None, "movida", Transport),
    ("BRL", None, "decolar", Transport), ("BRL", None, "smiles", Transport), ("BRL", None, "tudo azul", Transport),
    ("BRL", None, "ampla", Utilities), ("BRL", None, "casal", Utilities), ("BRL", None, "pacheco", Health),
    ("BRL", None, "araujo", Health), ("BRL", None, "venancio", Health), ("BRL", None, "nissei", Health),
    ("BRL", None, "onofre", Health), ("BRL", None, "sorria", Health), ("BRL", None, "santa casa", Health),
    ("BRL", None, "premiere", Entertainment), ("BRL", None, "quina", Entertainment), ("BRL", None, "blaze", Entertainment),
    ("BRL", None, "mackenzie", Education), ("BRL", None, "objetivo", Education), ("BRL", None, "etapa", Education),
    ("BRL", None, "positivo", Education), ("BRL", None, "leader", Clothing), ("BRL", None, "reserva", Clothing),
    ("BRL", None, "farm", Clothing), ("BRL", None, "melissa", Clothing), ("BRL", None, "passarela", Clothing),
    ("BRL", None, "hope", Clothing), ("BRL", None, "quero quero", Housing), ("BRL", None, "loft", Housing),
    ("BRL", None, "tigre", Housing), ("BRL", None, "submarino", Other), ("BRL", None, "terabyte", Other),
    ("EUR", Some(Language::Pt), "nicola", Food), ("EUR", Some(Language::Pt), "recheio", Food),
    ("EUR", Some(Language::Pt), "celeiro", Food), ("EUR", Some(Language::Pt), "amanhecer", Food),
    ("EUR", Some(Language::Pt), "cp", Transport), ("EUR", Some(Language::Pt), "brisa", Transport),
    ("EUR", Some(Language::Pt), "tap", Transport), ("EUR", Some(Language::Pt), "gira", Transport),
    ("EUR", Some(Language::Pt), "saba", Transport), ("EUR", Some(Language::Pt), "sapo", Utilities),
    ("EUR", Some(Language::Pt), "lusiadas", Health), ("EUR", Some(Language::Pt), "benfica", Entertainment),
    ("EUR", Some(Language::Pt), "sporting", Entertainment), ("EUR", Some(Language::Pt), "placard", Entertainment),
    ("EUR", Some(Language::Pt), "seaside", Clothing), ("EUR", Some(Language::Pt), "zippy", Clothing),
    ("EUR", Some(Language::Pt), "gato preto", Housing), ("EUR", Some(Language::Pt), "aki", Housing),
    ("EUR", Some(Language::Pt), "roca", Housing), ("EUR", Some(Language::Pt), "tiger", Other),
    ("EUR", Some(Language::Pt), "normal", Other), ("EUR", Some(Language::Pt), "note", Other),
    ("EUR", Some(Language::Pt), "douglas", Other), ("EUR", Some(Language::Pt), "kiko", Other),
    ("EUR", Some(Language::Es), "lupa", Food), ("EUR", Some(Language::Es), "el arbol", Food),
    ("EUR", Some(Language::Es), "mas y mas", Food), ("EUR", Some(Language::Es), "la despensa", Food),
    ("EUR", Some(Language::Es), "el molino", Food), ("EUR", Some(Language::Es), "ave", Transport),
    ("EUR", Some(Language::Es), "avanza", Transport), ("EUR", Some(Language::Es), "level", Transport),
    ("EUR", Some(Language::Es), "plus ultra", Transport), ("EUR", Some(Language::Es), "acciona", Transport),
    ("EUR", Some(Language::Es), "metropolitan", Health), ("EUR", Some(Language::Es), "supera", Health),
    ("EUR", Some(Language::Es), "baviera", Health), ("EUR", Some(Language::Es), "dice", Entertainment),
    ("EUR", Some(Language::Es), "fever", Entertainment), ("EUR", Some(Language::Es), "el gordo", Entertainment),
    ("EUR", Some(Language::Es), "alhambra", Entertainment), ("EUR", Some(Language::Es), "unir", Education),
    ("EUR", Some(Language::Es), "comillas", Education), ("EUR", Some(Language::Es), "camper", Clothing),
    ("EUR", Some(Language::Es), "blanco", Clothing), ("EUR", Some(Language::Es), "mayoral", Clothing),
    ("EUR", Some(Language::Es), "sprinter", Clothing), ("EUR", Some(Language::Es), "hawkers", Clothing),
    ("EUR", Some(Language::Es), "mistral", Clothing), ("EUR", Some(Language::Es), "el caballo", Clothing),
    ("EUR", Some(Language::Es), "paco martinez", Clothing), ("EUR", Some(Language::Es), "flex", Housing),
    ("EUR", Some(Language::Es), "morfeo", Housing), ("EUR", Some(Language::Es), "action", Other),
    ("EUR", Some(Language::Es), "rituals", Other), ("MXN", None, "neto", Food), ("MXN", None, "ley", Food),
    ("MXN", None, "al super", Food), ("MXN", None, "city club", Food), ("MXN", None, "el globo", Food),
    ("MXN", None, "la esperanza", Food), ("MXN", None, "el porton", Food), ("MXN", None, "fridays", Food),
    ("MXN", None, "holanda", Food), ("MXN", None, "kentucky", Food), ("MXN", None, "la parroquia", Food), ("MXN", None, "justo", Food),
    ("MXN", None, "futura", Transport), ("MXN", None, "mexicana", Transport), ("MXN", None, "dish", Utilities),
    ("MXN", None, "bait", Utilities), ("MXN", None, "nieto", Utilities), ("MXN", None, "similares", Health),
    ("MXN", None, "benavides", Health), ("MXN", None, "azteca", Health), ("MXN", None, "caliente", Entertainment),
    ("MXN", None, "la feria", Entertainment), ("MXN", None, "papalote", Entertainment), ("MXN", None, "andrea", Clothing),
    ("MXN", None, "coqueta", Clothing), ("MXN", None, "del sol", Other), ("MXN", None, "la marina", Other),
    ("MXN", None, "gandhi", Other), ("MXN", None, "el sotano", Other), ("ARS", None, "vea", Food), ("ARS", None, "libertad", Food),
    ("ARS", None, "la gallega", Food), ("ARS", None, "vital", Food), ("ARS", None, "toledo", Food), ("ARS", None, "kentucky", Food),
    ("ARS", None, "don julio", Food), ("ARS", None, "puma", Transport), ("ARS", None, "despegar", Transport),
    ("ARS", None, "speedy", Utilities), ("ARS", None, "telecom", Utilities), ("ARS", None, "flow", Utilities),
    ("ARS", None, "eden", Utilities), ("ARS", None, "simplicity", Health), ("ARS", None, "showcase", Entertainment),
    ("ARS", None, "monumental", Entertainment), ("ARS", None, "siglo 21", Education), ("ARS", None, "etiqueta negra", Clothing),
    ("ARS", None, "easy", Housing), ("ARS", None, "tienda mia", Other), ("ARS", None, "oca", Other),
    ("COP", None, "justo bueno", Food), ("COP", None, "la vaquita", Food), ("COP", None, "la lucha", Food),
    ("COP", None, "mimos", Food), ("COP", None, "alpina", Food), ("COP", None, "mio", Transport),
    ("COP", None, "el dorado", Transport), ("COP", None, "aire", Utilities), ("COP", None, "une", Utilities),
    ("COP", None, "essa", Utilities), ("COP", None, "la rebaja", Health), ("COP", None, "sura", Health),
    ("COP", None, "compensar", Health), ("COP", None, "sonria", Health), ("COP", None, "primera fila", Entertainment),
    ("COP", None, "tu boleta", Entertainment), ("COP", None, "millonarios", Entertainment), ("COP", None, "caracol", Entertainment),
    ("COP", None, "sena", Education), ("COP", None, "tennis", Clothing), ("COP", None, "velez", Clothing),
    ("COP", None, "bata", Clothing), ("COP", None, "agua bendita", Clothing), ("COP", None, "corona", Housing),
    ("COP", None, "constructor", Housing), ("COP", None, "flamingo", Other), ("COP", None, "panamericana", Other),
    ("CLP", None, "a cuenta", Food), ("CLP", None, "el trebol", Food), ("CLP", None, "montserrat", Food),
    ("CLP", None, "tarragona", Food), ("CLP", None, "mamut", Food), ("CLP", None, "castano", Food), ("CLP", None, "la esquina", Food),
    ("CLP", None, "efe", Transport), ("CLP", None, "merval", Transport), ("CLP", None, "pullman", Transport),
    ("CLP", None, "muevo", Transport), ("CLP", None, "mundo", Utilities), ("CLP", None, "simple", Utilities),
    ("CLP", None, "colmena", Health), ("CLP", None, "energy", Health), ("CLP", None, "polla", Entertainment),
    ("CLP", None, "santo tomas", Education), ("CLP", None, "paris", Clothing), ("CLP", None, "johnson", Clothing),
    ("CLP", None, "tricot", Clothing), ("CLP", None, "basement", Clothing), ("CLP", None, "caterpillar", Clothing),
    ("CLP", None, "easy", Housing), ("CLP", None, "flex", Housing), ("PEN", None, "vea", Food), ("PEN", None, "tambo", Food),
    ("PEN", None, "listo", Food), ("PEN", None, "tanta", Food), ("PEN", None, "la canasta", Food), ("PEN", None, "la mar", Food),
    ("PEN", None, "panchita", Food), ("PEN", None, "linea 1", Transport), ("PEN", None, "grifo", Transport),
    ("PEN", None, "seal", Utilities), ("PEN", None, "win", Utilities), ("PEN", None, "pacifico", Health),
    ("PEN", None, "arcangel", Health), ("PEN", None, "te apuesto", Entertainment), ("PEN", None, "universitario", Entertainment),
    ("PEN", None, "uni", Education), ("PEN", None, "san marcos", Education), ("PEN", None, "britanico", Education),
    ("PEN", None, "platanitos", Clothing), ("PEN", None, "estilos", Clothing), ("PEN", None, "marathon", Clothing),
    ("PEN", None, "maestro", Housing), ("PEN", None, "efe", Other), ("PEN", None, "curacao", Other), ("PEN", None, "agora", Other),
    ("PEN", None, "crisol", Other), ("UYU", None, "tata", Food), ("UYU", None, "el dorado", Food), ("UYU", None, "fresh market", Food),
    ("UYU", None, "cot", Transport), ("UYU", None, "cita", Transport), ("UYU", None, "conecta", Utilities),
    ("UYU", None, "nuevo siglo", Utilities), ("UYU", None, "vera", Utilities), ("UYU", None, "tombola", Entertainment),
    ("UYU", None, "penarol", Entertainment), ("UYU", None, "nacional", Entertainment), ("UYU", None, "ort", Education),
    ("UYU", None, "alianza", Education), ("UYU", None, "anglo", Education), ("UYU", None, "bas", Clothing),
    ("UYU", None, "indian", Clothing), ("UYU", None, "divino", Housing), ("UYU", None, "inca", Housing), ("UYU", None, "mosca", Other),
    ("UYU", None, "el clon", Other),
    // Central America, the Caribbean, Bolivia and Paraguay: supermarkets and the corner shop.
    ("CRC", None, "automercado", Food), ("CRC", None, "auto mercado", Food), ("CRC", None, "masxmenos", Food),
    ("DOP", None, "colmado", Food), ("DOP", None, "la sirena", Food), ("DOP", None, "nacional", Food),
    ("BOB", None, "hipermaxi", Food), ("BOB", None, "fidalga", Food), ("PYG", None, "superseis", Food),
    ("PYG", None, "stock", Food), ("GTQ", None, "la torre", Food), ("GTQ", None, "paiz", Food),
    // The UK's frozen-food chain; Singapore, Kenya, India, Mozambique, Costa Rica, the Dominican
    // Republic, Paraguay and Panama: shops, rides, top-ups and the power company.
    ("GBP", None, "iceland", Food), ("SGD", None, "grab", Transport), ("INR", None, "rapido", Transport),
    ("INR", None, "jio", Utilities), ("MZN", None, "chapa", Transport), ("PYG", None, "biggie", Food),
    ("PYG", None, "ande", Utilities),
];
