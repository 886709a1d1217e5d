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
];
