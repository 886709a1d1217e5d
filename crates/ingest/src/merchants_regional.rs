//! Chains and brands people name in chat and that appear on bank statements, by country: the
//! regional half of the merchant dictionary (see `categorize.rs`). Names are folded as the
//! categorizer folds text: lowercase, no accents, punctuation and "&" as one space, a possessive
//! "'s" joined to its word ("nando's" → "nandos"). Names that are also everyday words are left out.

use ozzie_core::transaction::Category;
use ozzie_core::transaction::Category::*;

pub const REGIONAL_MERCHANTS: &[(&str, Category)] = &[
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
    ("familiprix", Health), ("goodlife fitness", Health), ("fit4less", Health), ("lifelabs", Health),
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
];
