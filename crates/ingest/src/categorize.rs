//! Sorting descriptions into the seed's ten categories, offline, in en/pt/es.
//!
//! Three layers, the most specific winning:
//! 1. **Merchants**: names as people say them and as bank statements print them ("Whole Foods",
//!    "WHOLEFDS", "AMZN MKTP", "Pão de Açúcar", "Mercadona"). Confidence 0.95.
//! 2. **Keywords**: what was bought, in three languages ("groceries", "aluguel", "gasolina").
//!    Confidence 0.88.
//! 3. **Rules**: statement prefixes are removed first (`PAG*`, `COMPRA TARJ.`, `SQ *`, `TST*`,
//!    `POS`, `DEBIT CARD PURCHASE`), and among several matches the longest phrase wins ("uber
//!    eats" is food, "uber" transport).
//!
//! Nothing matching gives `other` at 0.45: returned, flagged as ambiguous, never dropped.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};

/// The dictionary's and the cache's maps hash short strings by the thousand per file: a fast,
/// per-process seeded hasher instead of SipHash.
type Map<K, V> = HashMap<K, V, foldhash::fast::RandomState>;
type Set<T> = HashSet<T, foldhash::fast::RandomState>;
use std::sync::LazyLock;

use ozzie_core::transaction::Category;

use crate::text::words;

/// A category and how sure the match is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Categorized {
    pub category: Category,
    pub confidence: f64,
    /// The dictionary phrase that decided, for explanations.
    pub matched: Option<&'static str>,
}

pub const MERCHANT_CONFIDENCE: f64 = 0.95;
pub const KEYWORD_CONFIDENCE: f64 = 0.88;
pub const UNKNOWN_CONFIDENCE: f64 = 0.45;

use Category::*;

/// Merchants, folded (lowercase, no accents), matched as whole words.
const MERCHANTS: &[(&str, Category)] = &[
    // US food
    ("whole foods", Food), ("wholefds", Food), ("wfm", Food), ("trader joe", Food), ("trader joes", Food),
    ("starbucks", Food), ("chipotle", Food), ("mcdonald", Food), ("mcdonalds", Food), ("burger king", Food),
    // As people shorten them: Starbucks, McDonald's (and Australia's Macca's).
    ("sbux", Food), ("mcd", Food), ("mcds", Food), ("maccas", Food), ("mickey d s", Food),
    ("wendys", Food), ("taco bell", Food), ("subway sandwich", Food), ("dunkin", Food), ("panera", Food),
    ("chick fil a", Food), ("domino", Food), ("dominos", Food), ("pizza hut", Food), ("kroger", Food),
    ("safeway", Food), ("publix", Food), ("aldi", Food), ("wegmans", Food), ("heb", Food), ("sprouts", Food),
    ("instacart", Food), ("doordash", Food), ("grubhub", Food), ("uber eats", Food), ("ubereats", Food),
    ("postmates", Food), ("seamless", Food), ("shake shack", Food), ("sweetgreen", Food), ("costco", Food), ("walmart", Food),
    ("food lion", Food), ("stop shop", Food), ("giant eagle", Food), ("five guys", Food), ("5 guys", Food), ("in n out", Food),
    ("peets", Food), ("blue bottle", Food), ("tim hortons", Food), ("pret a manger", Food), ("tesco", Food),
    ("sainsbury", Food), ("sainsburys", Food), ("waitrose", Food), ("asda", Food), ("morrisons", Food),
    ("deliveroo", Food), ("just eat", Food), ("greggs", Food), ("nandos", Food), ("albert heijn", Food),
    ("jumbo", Food), ("rewe", Food), ("edeka", Food), ("lidl", Food), ("kaufland", Food), ("billa", Food),
    // BR food
    ("pao de acucar", Food), ("carrefour", Food), ("assai", Food), ("atacadao", Food), ("extra", Food),
    ("ifood", Food), ("rappi", Food), ("ze delivery", Food), ("hortifruti", Food), ("sams club", Food),
    ("dia supermercado", Food), ("zaffari", Food), ("big bompreco", Food), ("mambo", Food), ("st marche", Food),
    ("habibs", Food), ("bobs", Food), ("outback", Food), ("spoleto", Food), ("giraffas", Food),
    ("padaria", Food), ("panificadora", Food), ("acougue", Food), ("sacolao", Food), ("swift", Food),
    // ES food
    ("mercadona", Food), ("dia", Food), ("eroski", Food), ("alcampo", Food), ("hipercor", Food),
    ("consum", Food), ("ahorramas", Food), ("el corte ingles supermercado", Food), ("glovo", Food),
    ("telepizza", Food), ("100 montaditos", Food), ("vips", Food), ("foster hollywood", Food),
    ("bonpreu", Food), ("caprabo", Food), ("condis", Food), ("gadis", Food), ("froiz", Food), ("oxxo", Food),
    ("soriana", Food), ("chedraui", Food), ("bodega aurrera", Food),
    // transport
    ("uber", Transport), ("uber trip", Transport), ("lyft", Transport), ("shell", Transport), ("chevron", Transport),
    ("exxon", Transport), ("exxonmobil", Transport), ("mobil", Transport), ("bp", Transport), ("texaco", Transport),
    ("sunoco", Transport), ("valero", Transport), ("marathon petroleum", Transport), ("speedway", Transport),
    ("wawa", Transport), ("mta", Transport), ("metrocard", Transport), ("omny", Transport), ("bart", Transport),
    ("clipper", Transport), ("ventra", Transport), ("septa", Transport), ("amtrak", Transport), ("greyhound", Transport),
    ("ez pass", Transport), ("ezpass", Transport), ("e zpass", Transport), ("fastrak", Transport), ("sunpass", Transport),
    ("parkmobile", Transport), ("spothero", Transport), ("tfl", Transport), ("oyster", Transport),
    ("trainline", Transport), ("citymapper", Transport), ("bolt", Transport), ("free now", Transport),
    ("99", Transport), ("99app", Transport), ("99 pop", Transport), ("99pop", Transport), ("cabify", Transport),
    ("ipiranga", Transport), ("posto ipiranga", Transport), ("petrobras", Transport), ("br mania", Transport),
    ("sem parar", Transport), ("conectcar", Transport), ("veloe", Transport), ("estapar", Transport),
    ("zul digital", Transport), ("bilhete unico", Transport), ("metro sp", Transport), ("cptm", Transport),
    ("latam", Transport), ("gol linhas", Transport), ("azul linhas", Transport), ("buser", Transport),
    ("repsol", Transport), ("cepsa", Transport), ("galp", Transport), ("bp oil", Transport), ("renfe", Transport),
    ("metro de madrid", Transport), ("emt", Transport), ("tmb", Transport), ("alsa", Transport), ("blablacar", Transport),
    ("iberia", Transport), ("vueling", Transport), ("ryanair", Transport), ("easyjet", Transport), ("ouigo", Transport),
    ("iryo", Transport), ("via t", Transport), ("autopista", Transport), ("pemex", Transport), ("didi", Transport),
    ("delta air", Transport), ("united airlines", Transport), ("american airlines", Transport), ("southwest", Transport),
    ("jetblue", Transport), ("hertz", Transport), ("avis", Transport), ("enterprise rent", Transport), ("enterprise rental", Transport), ("enterprise car", Transport), ("jiffy lube", Transport),
    // housing
    ("airbnb", Housing), ("home depot", Housing), ("lowes", Housing), ("ikea", Housing), ("wayfair", Housing),
    ("leroy merlin", Housing), ("tok stok", Housing), ("tokstok", Housing), ("quinto andar", Housing),
    ("quintoandar", Housing), ("telhanorte", Housing), ("c c", Housing), ("bauhaus", Housing), ("obi", Housing),
    ("zillow", Housing), ("apartments com", Housing),
    // utilities
    ("comcast", Utilities), ("xfinity", Utilities), ("verizon", Utilities), ("at t", Utilities), ("att", Utilities),
    ("t mobile", Utilities), ("tmobile", Utilities), ("spectrum", Utilities), ("pg e", Utilities), ("pge", Utilities),
    ("con edison", Utilities), ("coned", Utilities), ("duke energy", Utilities), ("dominion energy", Utilities),
    ("national grid", Utilities), ("southern california edison", Utilities), ("sce", Utilities), ("cox", Utilities),
    ("google fi", Utilities), ("mint mobile", Utilities), ("british gas", Utilities), ("octopus energy", Utilities),
    ("thames water", Utilities), ("ee", Utilities), ("o2", Utilities), ("bt", Utilities), ("virgin media", Utilities),
    ("vivo", Utilities), ("claro", Utilities), ("tim", Utilities), ("oi", Utilities), ("net servicos", Utilities),
    ("enel", Utilities), ("light sa", Utilities), ("conta light", Utilities), ("cemig", Utilities), ("copel", Utilities), ("celesc", Utilities),
    ("sabesp", Utilities), ("cedae", Utilities), ("copasa", Utilities), ("comgas", Utilities), ("naturgy", Utilities),
    ("movistar", Utilities), ("vodafone", Utilities), ("orange", Utilities), ("jazztel", Utilities), ("digi", Utilities),
    ("masmovil", Utilities), ("yoigo", Utilities), ("endesa", Utilities), ("iberdrola", Utilities),
    ("canal de isabel ii", Utilities), ("aigues de barcelona", Utilities), ("holaluz", Utilities), ("telmex", Utilities),
    ("cfe", Utilities), ("telcel", Utilities), ("izzi", Utilities), ("totalplay", Utilities),
    // health
    ("cvs", Health), ("cvs pharmacy", Health), ("walgreens", Health), ("rite aid", Health), ("planet fitness", Health),
    ("equinox", Health), ("la fitness", Health), ("24 hour fitness", Health), ("kaiser", Health), ("blue cross", Health),
    ("aetna", Health), ("cigna", Health), ("unitedhealthcare", Health), ("boots pharmacy", Health), ("boots the chemist", Health), ("puregym", Health),
    ("drogasil", Health), ("droga raia", Health), ("drogaria", Health), ("drogarias", Health), ("pague menos", Health),
    ("panvel", Health), ("drogaria sao paulo", Health), ("smart fit", Health), ("smartfit", Health), ("bodytech", Health),
    ("unimed", Health), ("amil", Health), ("sulamerica", Health), ("bradesco saude", Health), ("hapvida", Health),
    ("fleury", Health), ("dasa", Health), ("gympass", Health), ("wellhub", Health), ("sanitas", Health),
    ("adeslas", Health), ("mapfre salud", Health), ("dkv", Health), ("basic fit", Health), ("basicfit", Health),
    ("anytime fitness", Health), ("mcfit", Health), ("vivagym", Health), ("farmacias guadalajara", Health),
    ("farmacias del ahorro", Health), ("farmacias similares", Health),
    // entertainment
    ("netflix", Entertainment), ("spotify", Entertainment), ("hulu", Entertainment), ("disney", Entertainment),
    ("disney plus", Entertainment), ("hbo", Entertainment), ("hbo max", Entertainment), ("max com", Entertainment),
    ("paramount", Entertainment), ("peacock", Entertainment), ("apple tv", Entertainment), ("youtube premium", Entertainment),
    ("youtube", Entertainment), ("twitch", Entertainment), ("steam", Entertainment), ("steamgames", Entertainment),
    ("playstation", Entertainment), ("xbox", Entertainment), ("nintendo", Entertainment), ("amc", Entertainment),
    ("regal", Entertainment), ("cinemark", Entertainment), ("fandango", Entertainment), ("ticketmaster", Entertainment),
    ("stubhub", Entertainment), ("eventbrite", Entertainment), ("audible", Entertainment), ("prime video", Entertainment),
    ("globoplay", Entertainment), ("deezer", Entertainment), ("ingresso com", Entertainment), ("sympla", Entertainment),
    ("cinepolis", Entertainment), ("kinoplex", Entertainment), ("uci", Entertainment), ("filmin", Entertainment),
    ("dazn", Entertainment), ("yelmo", Entertainment), ("cinesa", Entertainment), ("kinepolis", Entertainment),
    ("apple music", Entertainment), ("crunchyroll", Entertainment), ("patreon", Entertainment), ("vue", Entertainment),
    ("odeon", Entertainment), ("cineworld", Entertainment), ("now tv", Entertainment), ("skyshowtime", Entertainment),
    // education
    ("coursera", Education), ("udemy", Education), ("edx", Education), ("duolingo", Education), ("skillshare", Education),
    ("masterclass", Education), ("chegg", Education), ("khan academy", Education), ("alura", Education),
    ("hotmart", Education), ("estrategia concursos", Education), ("livraria cultura", Education), ("saraiva", Education),
    ("casa del libro", Education), ("barnes noble", Education), ("barnes and noble", Education), ("scribd", Education),
    ("domestika", Education), ("platzi", Education), ("babbel", Education), ("kindle", Education), ("wook", Education),
    // clothing
    ("zara", Clothing), ("h m", Clothing), ("hm", Clothing), ("uniqlo", Clothing), ("gap", Clothing), ("old navy", Clothing),
    ("nike", Clothing), ("adidas", Clothing), ("nordstrom", Clothing), ("macys", Clothing), ("tj maxx", Clothing),
    ("tjmaxx", Clothing), ("marshalls", Clothing), ("ross stores", Clothing), ("foot locker", Clothing), ("shein", Clothing),
    ("asos", Clothing), ("primark", Clothing), ("next", Clothing), ("mango", Clothing), ("pull bear", Clothing),
    ("bershka", Clothing), ("stradivarius", Clothing), ("massimo dutti", Clothing), ("oysho", Clothing), ("decathlon", Clothing),
    ("renner", Clothing), ("lojas renner", Clothing), ("c a", Clothing), ("cea", Clothing), ("riachuelo", Clothing),
    ("marisa", Clothing), ("hering", Clothing), ("centauro", Clothing), ("netshoes", Clothing), ("arezzo", Clothing),
    ("havaianas", Clothing), ("dafiti", Clothing), ("cortefiel", Clothing), ("springfield", Clothing), ("lefties", Clothing),
    ("levis", Clothing), ("lululemon", Clothing), ("banana republic", Clothing), ("j crew", Clothing), ("liverpool", Clothing),
    ("el corte ingles", Clothing),
    // other (shops that sell everything, fees, pets, personal care),
    ("amazon", Other), ("amzn", Other), ("amzn mktp", Other), ("amazon com", Other), ("target", Other),
    ("ebay", Other), ("etsy", Other), ("best buy", Other), ("apple com bill", Other), ("mercado livre", Other),
    ("mercadolivre", Other), ("mercado libre", Other), ("magalu", Other), ("magazine luiza", Other), ("americanas", Other),
    ("casas bahia", Other), ("shopee", Other), ("aliexpress", Other), ("petco", Other), ("petsmart", Other),
    ("petz", Other), ("cobasi", Other), ("tiendanimal", Other), ("fnac", Other), ("mediamarkt", Other),
    ("media markt", Other), ("argos", Other), ("boots opticians", Other), ("sephora", Other), ("ulta", Other),
    ("o boticario", Other), ("boticario", Other), ("natura", Other), ("druni", Other), ("primor", Other),
    ("amazon prime", Entertainment), ("prime video", Entertainment), ("olive garden", Food), ("applebees", Food),
    ("chilis", Food), ("ihop", Food), ("dennys", Food), ("red lobster", Food), ("cheesecake factory", Food), ("popeyes", Food),
    ("kfc", Food), ("arbys", Food), ("jack in the box", Food), ("whataburger", Food), ("wingstop", Food), ("jersey mikes", Food),
    ("jimmy johns", Food), ("little caesars", Food), ("papa johns", Food), ("cava", Food), ("qdoba", Food), ("blaze pizza", Food),
    ("dutch bros", Food), ("caribou coffee", Food), ("krispy kreme", Food), ("baskin robbins", Food), ("cold stone", Food),
    ("food 4 less", Food), ("winco", Food), ("meijer", Food), ("hy vee", Food), ("giant", Food), ("shoprite", Food), ("piggly wiggly", Food),
    ("bk", Food), ("mc donalds", Food), ("madero", Food), ("coco bambu", Food), ("fogo de chao", Food),
    ("subway restaurante", Food), ("cacau show", Food), ("kopenhagen", Food), ("oba hortifruti", Food), ("dia a dia", Food),
    ("guanabara", Food), ("prezunic", Food), ("mundial", Food), ("angeloni", Food), ("condor", Food), ("savegnago", Food),
    ("rodoil", Transport), ("ale combustiveis", Transport), ("raizen", Transport), ("uber do brasil", Transport),
    ("museo del prado", Entertainment), ("la sirena", Food), ("carrefour express", Food), ("spar", Food), ("simply", Food),
    ("starbucks coffee", Food), ("costa coffee", Food), ("caffe nero", Food), ("leon", Food), ("pans company", Food),
    ("goiko", Food), ("vips", Food), ("ginos", Food), ("burger", Food), ("popeyes", Food), ("rodilla", Food),
    ("bicing", Transport), ("cercanias", Transport), ("metro bilbao", Transport), ("tussam", Transport), ("moovit", Transport),
    ("waylet", Transport), ("bip drive", Transport), ("ola", Transport), ("indriver", Transport),
    ("apple", Other), ("google", Other), ("microsoft", Other), ("paypal", Other), ("venmo", Other), ("zelle", Other), ("cash app", Other),
    ("picpay", Other), ("mercado pago", Other), ("kindle unlimited", Education), ("linkedin learning", Education),
    ("fnac", Other), ("worten", Other), ("el corte ingles", Clothing), ("kiabi", Clothing), ("c&a", Clothing), ("calzedonia", Clothing),
    ("tezenis", Clothing), ("intimissimi", Clothing), ("desigual", Clothing), ("pull and bear", Clothing), ("adolfo dominguez", Clothing),
    ("zara home", Housing), ("casa viva", Housing), ("maisons du monde", Housing), ("conforama", Housing), ("brico depot", Housing),
    ("bricomart", Housing), ("madeiramadeira", Housing), ("etna", Housing), ("camicado", Housing),
    ("hulu plus", Entertainment), ("espn", Entertainment), ("sling", Entertainment), ("tidal", Entertainment), ("pandora", Entertainment),
    ("nba", Entertainment), ("nfl", Entertainment), ("livenation", Entertainment), ("live nation", Entertainment), ("atrapalo", Entertainment),
    ("entradas com", Entertainment), ("taquilla", Entertainment), ("primevideo", Entertainment), ("telecine", Entertainment),
    ("starz", Entertainment), ("mubi", Entertainment), ("atresplayer", Entertainment), ("movistar plus", Entertainment),
    ("cvs", Health), ("quest diagnostics", Health), ("labcorp", Health), ("one medical", Health), ("zocdoc", Health),
    ("drogaria pacheco", Health), ("drogaria araujo", Health), ("ultrafarma", Health), ("dr consulta", Health), ("quiron", Health),
    ("vithas", Health), ("hm hospitales", Health), ("clinica", Health), ("farmacity", Health),
    ("mit", Education), ("harvard", Education), ("wizard", Education), ("cna", Education), ("fisk", Education), ("ccaa", Education),
    ("open english", Education), ("cambly", Education), ("preply", Education), ("italki", Education),
    ("timmies", Food), ("timbits", Food), ("loblaws", Food), ("sobeys", Food), ("no frills", Food), ("metro inc", Food),
    ("shoppers drug mart", Health), ("rogers", Utilities), ("telus", Utilities), ("bell canada", Utilities), ("presto", Transport),
    ("woolworths", Food), ("coles", Food), ("iga", Food), ("optus", Utilities), ("telstra", Utilities), ("opal card", Transport),
    ("myki", Transport), ("bunnings", Housing), ("chemist warehouse", Health), ("bvg", Transport), ("mvg", Transport), ("db bahn", Transport),
    ("deutsche bahn", Transport), ("dm drogerie", Health), ("rossmann", Health), ("invisalign", Health), ("kumon", Education),
    ("ps plus", Entertainment), ("playstation plus", Entertainment), ("xbox game pass", Entertainment), ("game pass", Entertainment),
    ("coto", Food), ("jumbo ar", Food), ("la anonima", Food), ("edenor", Utilities), ("edesur", Utilities), ("metrogas", Utilities),
    ("aysa", Utilities), ("telecentro", Utilities), ("fibertel", Utilities), ("sube", Transport), ("exito", Food), ("olimpica", Food),
    ("d1", Food), ("ara", Food), ("transmilenio", Transport), ("sitp", Transport), ("epm", Utilities), ("codensa", Utilities),
    ("vanti", Utilities), ("cedae", Utilities), ("light", Utilities), ("comgas", Utilities), ("naturgy", Utilities), ("bodega aurrera", Food),
    ("la comer", Food), ("heb mexico", Food), ("metrobus cdmx", Transport), ("telcel", Utilities), ("totalplay", Utilities),
    // More regional names people type as they say them.
    ("comed", Utilities), ("pseg", Utilities), ("petro canada", Transport), ("esso", Transport), ("woolies", Food),
    ("continente", Food), ("pingo doce", Food), ("edp", Utilities), ("navegante", Transport), ("via verde", Transport),
    ("ado", Transport), ("vix", Entertainment), ("paramount plus", Entertainment),
    ("zaxbys", Food), ("zaxby", Food), ("sdg e", Utilities), ("sdge", Utilities), ("racetrac", Transport), ("true value", Housing),
    ("fido", Utilities), ("ovo energy", Utilities), ("harris farm", Food), ("countdown", Food), ("embasa", Utilities),
    ("aiqfome", Food), ("busuu", Education), ("copel", Utilities), ("sanepar", Utilities), ("worten", Other),
    ("sport zone", Clothing), ("minipreco", Food), ("alsuper", Food), ("megacable", Utilities), ("toks", Food),
    ("kidzania", Entertainment), ("pedidosya", Food), ("pedidos ya", Food), ("cruz verde", Health), ("procinal", Entertainment),
    ("breeze card", Transport), ("compass card", Transport), ("opal", Transport), ("tarjeta del metro", Transport),
    ("tarjeta metro", Transport), ("bilhete unico", Transport), ("meijer", Food),
    // Ireland, South Africa, Uruguay, and others people name.
    ("dunnes", Food), ("dunnes stores", Food), ("supervalu", Food), ("centra", Food), ("bord gais", Utilities),
    ("leap card", Transport), ("leap top up", Transport), ("checkers", Food), ("pick n pay", Food), ("engen", Transport),
    ("clicks", Health), ("dis chem", Health), ("mr price", Clothing), ("woolworths sa", Food), ("tienda inglesa", Food),
    ("ute", Utilities), ("ose", Utilities), ("antel", Utilities), ("schnucks", Food), ("fareway", Food), ("food city", Food),
    ("divvy", Transport), ("pak n save", Food), ("paknsave", Food), ("pak nsave", Food), ("gull", Transport),
    ("sonda", Food), ("copasa", Utilities), ("algar", Utilities), ("equatorial energia", Utilities), ("big box", Food),
    ("civica", Transport), ("cartao top", Transport), ("andante", Transport), ("sonic", Food),
];

/// What was bought, in en/pt/es (folded), matched as whole words.
const KEYWORDS: &[(&str, Category)] = &[
    // food
    ("groceries", Food), ("grocery", Food), ("supermarket", Food), ("market", Food), ("lunch", Food), ("dinner", Food),
    ("breakfast", Food), ("brunch", Food), ("coffee", Food), ("coffees", Food), ("cafe", Food), ("latte", Food),
    ("restaurant", Food), ("pizza", Food), ("burger", Food), ("sushi", Food), ("tacos", Food), ("takeout", Food),
    ("take out", Food), ("food", Food), ("snack", Food), ("snacks", Food), ("bakery", Food), ("beer", Food), ("beers", Food),
    ("drinks", Food), ("bar", Food), ("pub", Food), ("wine", Food), ("ice cream", Food), ("donut", Food), ("donuts", Food),
    ("sandwich", Food), ("bagel", Food), ("meal", Food), ("meals", Food), ("delivery food", Food), ("produce", Food),
    ("mercado", Food), ("supermercado", Food), ("almoco", Food), ("almocos", Food), ("jantar", Food), ("janta", Food),
    ("cafe da manha", Food), ("lanche", Food), ("lanches", Food), ("restaurante", Food), ("comida", Food),
    ("feira", Food), ("pao", Food), ("paes", Food), ("cerveja", Food), ("cervejas", Food), ("acai", Food),
    ("hamburguer", Food), ("pastel", Food), ("salgado", Food), ("marmita", Food), ("sorvete", Food), ("cafezinho", Food),
    ("hortifruti", Food), ("acougue", Food), ("compras do mes", Food), ("rancho", Food),
    ("super", Food), ("compra", Food), ("comida", Food), ("almuerzo", Food), ("cena", Food), ("desayuno", Food),
    ("merienda", Food), ("tapas", Food), ("cerveza", Food), ("cervezas", Food), ("cana", Food), ("canas", Food),
    ("vino", Food), ("menu del dia", Food), ("bocadillo", Food), ("churros", Food), ("panaderia", Food),
    ("fruteria", Food), ("carniceria", Food), ("pescaderia", Food), ("helado", Food), ("cafes", Food),
    // transport
    ("subway", Transport), ("metro", Transport), ("bus", Transport), ("train", Transport), ("taxi", Transport),
    ("cab", Transport), ("gas", Transport), ("fuel", Transport), ("gasoline", Transport), ("petrol", Transport),
    ("parking", Transport), ("toll", Transport), ("tolls", Transport), ("ride", Transport), ("rideshare", Transport),
    ("fare", Transport), ("transit", Transport), ("car wash", Transport), ("oil change", Transport), ("tires", Transport),
    ("mechanic", Transport), ("flight", Transport), ("airfare", Transport), ("car payment", Transport),
    ("onibus", Transport), ("passagem", Transport), ("passagens", Transport), ("gasolina", Transport),
    ("combustivel", Transport), ("etanol", Transport), ("alcool", Transport), ("estacionamento", Transport),
    ("pedagio", Transport), ("corrida", Transport), ("trem", Transport), ("mecanico", Transport), ("oficina", Transport),
    ("troca de oleo", Transport), ("lava rapido", Transport), ("ipva", Transport), ("uber", Transport),
    ("autobus", Transport), ("bus urbano", Transport), ("tren", Transport), ("gasolinera", Transport),
    ("aparcamiento", Transport), ("parking", Transport), ("peaje", Transport), ("billete", Transport),
    ("abono transporte", Transport), ("taller", Transport), ("diesel", Transport), ("gasoil", Transport),
    ("camion", Transport), ("pasaje", Transport), ("vuelo", Transport), ("voo", Transport),
    // housing
    ("rent", Housing), ("mortgage", Housing), ("hoa", Housing), ("home insurance", Housing), ("renters insurance", Housing),
    ("furniture", Housing), ("plumber", Housing), ("repairs", Housing), ("home repair", Housing), ("landlord", Housing),
    ("aluguel", Housing), ("condominio", Housing), ("iptu", Housing), ("financiamento imobiliario", Housing),
    ("prestacao da casa", Housing), ("moveis", Housing), ("reforma", Housing), ("encanador", Housing),
    ("eletricista", Housing), ("alquiler", Housing), ("hipoteca", Housing), ("comunidad", Housing),
    ("muebles", Housing), ("fontanero", Housing), ("reparacion", Housing), ("seguro del hogar", Housing),
    ("seguro residencial", Housing), ("renta", Housing), ("ibi", Housing),
    // utilities
    ("electricity", Utilities), ("electric bill", Utilities), ("power bill", Utilities), ("water bill", Utilities),
    ("gas bill", Utilities), ("internet", Utilities), ("wifi", Utilities), ("phone bill", Utilities), ("cell phone", Utilities),
    ("utilities", Utilities), ("utility", Utilities), ("cable", Utilities), ("broadband", Utilities), ("trash", Utilities),
    ("sewer", Utilities), ("council tax", Housing), ("conta de luz", Utilities), ("luz", Utilities), ("energia", Utilities),
    ("conta de agua", Utilities), ("agua", Utilities), ("gas de cozinha", Utilities), ("botijao", Utilities),
    ("celular", Utilities), ("telefone", Utilities), ("recarga", Utilities), ("fatura do celular", Utilities),
    ("factura de la luz", Utilities), ("electricidad", Utilities), ("factura del agua", Utilities), ("butano", Utilities),
    ("movil", Utilities), ("telefono", Utilities), ("fibra", Utilities), ("factura", Utilities),
    // health
    ("pharmacy", Health), ("drugstore", Health), ("medicine", Health), ("meds", Health), ("prescription", Health),
    ("doctor", Health), ("dentist", Health), ("dental", Health), ("clinic", Health), ("hospital", Health),
    ("therapy", Health), ("therapist", Health), ("gym", Health), ("health insurance", Health), ("copay", Health),
    ("vitamins", Health), ("optometrist", Health), ("physio", Health), ("farmacia", Health), ("remedio", Health),
    ("remedios", Health), ("medico", Health), ("consulta", Health), ("dentista", Health), ("exame", Health),
    ("exames", Health), ("academia", Health), ("plano de saude", Health), ("psicologo", Health), ("fisioterapia", Health),
    ("medicamento", Health), ("medicamentos", Health), ("gimnasio", Health), ("seguro medico", Health),
    ("seguro de salud", Health), ("analisis", Health), ("pilates", Health), ("yoga", Health), ("crossfit", Health),
    // entertainment
    ("movie", Entertainment), ("movies", Entertainment), ("cinema", Entertainment), ("concert", Entertainment),
    ("tickets", Entertainment), ("ticket", Entertainment), ("show", Entertainment), ("game", Entertainment), ("games", Entertainment),
    ("video game", Entertainment), ("streaming", Entertainment), ("museum", Entertainment), ("louvre", Entertainment), ("eiffel tower", Entertainment), ("torre eiffel", Entertainment), ("colosseum", Entertainment), ("coliseo", Entertainment), ("musee d orsay", Entertainment), ("vatican museums", Entertainment), ("museos vaticanos", Entertainment), ("theater", Entertainment),
    ("theatre", Entertainment), ("bowling", Entertainment), ("festival", Entertainment), ("netflix", Entertainment),
    ("cinema", Entertainment), ("filme", Entertainment), ("ingresso", Entertainment), ("ingressos", Entertainment),
    ("show", Entertainment), ("jogo", Entertainment), ("teatro", Entertainment), ("balada", Entertainment),
    ("museu", Entertainment), ("cine", Entertainment), ("pelicula", Entertainment), ("entradas", Entertainment),
    ("concierto", Entertainment), ("videojuego", Entertainment), ("museo", Entertainment), ("discoteca", Entertainment),
    ("boliche", Entertainment), ("karaoke", Entertainment),
    // education
    ("tuition", Education), ("textbook", Education), ("textbooks", Education), ("book", Education), ("books", Education),
    ("course", Education), ("class", Education), ("classes", Education), ("school", Education), ("college", Education),
    ("university", Education), ("workshop", Education), ("lessons", Education), ("tutoring", Education),
    ("mensalidade escolar", Education), ("faculdade", Education), ("escola", Education), ("livro", Education),
    ("livros", Education), ("curso", Education), ("cursos", Education), ("aula", Education), ("aulas", Education),
    ("apostila", Education), ("material escolar", Education), ("matricula", Education), ("colegio", Education),
    ("universidad", Education), ("libro", Education), ("libros", Education), ("clases", Education), ("academia de ingles", Education),
    ("matricula", Education), ("guarderia", Education),
    // clothing
    ("clothes", Clothing), ("clothing", Clothing), ("shirt", Clothing), ("shirts", Clothing), ("t shirt", Clothing),
    ("jeans", Clothing), ("pants", Clothing), ("dress", Clothing), ("jacket", Clothing), ("coat", Clothing),
    ("shoes", Clothing), ("sneakers", Clothing), ("boots", Clothing), ("socks", Clothing), ("hoodie", Clothing),
    ("roupa", Clothing), ("roupas", Clothing), ("camisa", Clothing), ("camiseta", Clothing), ("calca", Clothing),
    ("vestido", Clothing), ("jaqueta", Clothing), ("casaco", Clothing), ("tenis", Clothing), ("sapatilhas", Clothing), ("sapato", Clothing),
    ("sapatos", Clothing), ("chinelo", Clothing), ("meias", Clothing), ("ropa", Clothing), ("pantalon", Clothing),
    ("pantalones", Clothing), ("chaqueta", Clothing), ("abrigo", Clothing), ("zapatos", Clothing), ("zapatillas", Clothing),
    ("calcetines", Clothing), ("sudadera", Clothing), ("falda", Clothing), ("saia", Clothing), ("bolsa", Clothing),
    // other
    ("haircut", Other), ("barber", Other), ("salon", Other), ("gift", Other), ("gifts", Other), ("donation", Other),
    ("charity", Other), ("vet", Other), ("pet", Other), ("dog food", Other), ("cat food", Other), ("laundry", Other),
    ("dry cleaning", Other), ("fee", Other), ("fees", Other), ("atm", Other), ("tax", Other), ("taxes", Other),
    ("corte de cabelo", Other), ("cabeleireiro", Other), ("barbeiro", Other), ("presente", Other), ("presentes", Other),
    ("doacao", Other), ("veterinario", Other), ("racao", Other), ("lavanderia", Other), ("tarifa", Other),
    ("imposto", Other), ("peluqueria", Other), ("regalo", Other), ("regalos", Other), ("donativo", Other),
    ("pienso", Other), ("comision", Other), ("impuesto", Other), ("multa", Other), ("seguro", Other),
    ("ingles", Education), ("mensalidade do ingles", Education), ("burguer", Food), ("burguer king", Food),
    ("wings", Food), ("nachos", Food), ("muffin", Food), ("muffins", Food), ("bagels", Food), ("tostada", Food), ("tostadas", Food),
    ("bravas", Food), ("patatas", Food), ("bocata", Food), ("bocatas", Food), ("menu", Food), ("caldo de cana", Food), ("porcao", Food),
    ("batata", Food), ("batatas", Food), ("fritas", Food), ("petisco", Food), ("petiscos", Food), ("pasteis", Food), ("coxinha", Food),
    ("coxinhas", Food), ("esfiha", Food), ("esfihas", Food), ("pizzas", Food), ("hamburguesa", Food), ("hamburguesas", Food),
    ("chuches", Food), ("dulces", Food), ("pastel", Food), ("pasteles", Food), ("croissant", Food), ("croissants", Food),
    ("empanada", Food), ("empanadas", Food), ("kebab", Food), ("ramen", Food), ("pho", Food), ("burrito", Food), ("burritos", Food),
    ("salad", Food), ("salada", Food), ("ensalada", Food), ("soup", Food), ("sopa", Food), ("cheese", Food), ("bread", Food),
    ("milk", Food), ("eggs", Food), ("fruit", Food), ("fruits", Food), ("veggies", Food), ("vegetables", Food), ("meat", Food),
    ("chicken", Food), ("fish", Food), ("steak", Food), ("tea", Food), ("smoothie", Food), ("juice", Food), ("soda", Food),
    ("cocktail", Food), ("cocktails", Food), ("happy hour", Food), ("dining", Food), ("dining out", Food), ("ate out", Food),
    ("eating out", Food), ("jantei", Food), ("almocei", Food), ("jantamos", Food), ("almocamos", Food), ("comer fora", Food),
    ("comi fora", Food), ("lanchei", Food), ("cene", Food), ("cenamos", Food), ("comi", Food), ("comimos", Food), ("almorce", Food),
    ("almorzamos", Food), ("desayune", Food), ("comer fuera", Food), ("cafeteria", Food), ("cafe con leche", Food), ("refri", Food),
    ("refrigerante", Food), ("chopp", Food), ("chope", Food), ("vinho", Food), ("cachaca", Food), ("drinks", Food), ("copas", Food),
    ("copa", Food), ("vermut", Food), ("pincho", Food), ("pinchos", Food), ("racion", Food), ("raciones", Food), ("tortilla", Food),
    ("paella", Food), ("feijoada", Food), ("churrasco", Food), ("carne", Food), ("frango", Food), ("peixe", Food), ("leite", Food),
    ("ovos", Food), ("frutas", Food), ("verduras", Food), ("pollo", Food), ("pescado", Food), ("leche", Food), ("huevos", Food),
    ("fruta", Food), ("takeaway", Food), ("delivery", Food), ("pedido", Food), ("domicilio", Food), ("comida a domicilio", Food),
    ("car", Transport), ("car repair", Transport), ("car repairs", Transport), ("tow", Transport), ("tow truck", Transport),
    ("towing", Transport), ("uber home", Transport), ("bus ticket", Transport), ("bus tickets", Transport), ("train ticket", Transport),
    ("train tickets", Transport), ("subway fare", Transport), ("metro card", Transport), ("bike share", Transport), ("scooter", Transport),
    ("lime", Transport), ("gas station", Transport), ("gas for the car", Transport), ("registration", Transport), ("dmv", Transport),
    ("car insurance", Transport), ("auto insurance", Transport), ("carro", Transport), ("conserto do carro", Transport),
    ("guincho", Transport), ("borracharia", Transport), ("pneu", Transport), ("pneus", Transport), ("seguro do carro", Transport),
    ("licenciamento", Transport), ("multa de transito", Transport), ("coche", Transport), ("arreglo del coche", Transport),
    ("grua", Transport), ("neumaticos", Transport), ("itv", Transport), ("seguro del coche", Transport), ("gasofa", Transport),
    ("combustible", Transport), ("nafta", Transport), ("uber", Transport), ("corrida de uber", Transport), ("moto", Transport),
    ("bicicleta", Transport), ("patinete", Transport), ("billetes", Transport), ("bilhete", Transport), ("metrobus", Transport),
    ("couch", Housing), ("sofa", Housing), ("bed", Housing), ("mattress", Housing), ("table", Housing), ("chairs", Housing),
    ("lamp", Housing), ("hoa fees", Housing), ("property tax", Housing), ("handyman", Housing), ("paint", Housing),
    ("cama", Housing), ("colchao", Housing), ("colchon", Housing), ("mesa", Housing), ("cadeira", Housing), ("silla", Housing),
    ("geladeira", Housing), ("nevera", Housing), ("fogao", Housing), ("microondas", Housing), ("lavadora", Housing),
    ("maquina de lavar", Housing), ("diarista", Housing), ("faxina", Housing), ("limpeza", Housing), ("limpieza", Housing),
    ("pintura", Housing), ("condominio", Housing), ("gastos de comunidad", Housing), ("alquiler del piso", Housing),
    ("phone", Utilities), ("phone plan", Utilities), ("cellphone", Utilities), ("mobile plan", Utilities), ("heating", Utilities),
    ("electric", Utilities), ("power", Utilities), ("water", Utilities), ("streaming tv", Entertainment), ("conta de telefone", Utilities),
    ("conta de internet", Utilities), ("gas encanado", Utilities), ("recarga do celular", Utilities), ("recarga movil", Utilities),
    ("la luz", Utilities), ("agua", Utilities), ("gas natural", Utilities), ("calefaccion", Utilities), ("tarifa movil", Utilities),
    ("meds", Health), ("medication", Health), ("pills", Health), ("contacts", Health), ("glasses", Health), ("eye exam", Health),
    ("urgent care", Health), ("er", Health), ("checkup", Health), ("vaccine", Health), ("gym membership", Health),
    ("remedinho", Health), ("consulta medica", Health), ("oculos", Health), ("lentes", Health), ("vacina", Health), ("terapia", Health),
    ("psicologa", Health), ("gafas", Health), ("vacuna", Health), ("fisio", Health), ("dentista", Health), ("ortodoncia", Health),
    ("aparelho", Health), ("clinica dental", Health), ("mensalidade da academia", Health), ("cuota del gimnasio", Health),
    ("video game", Entertainment), ("videogame", Entertainment), ("concert tickets", Entertainment), ("movie tickets", Entertainment),
    ("bowling", Entertainment), ("arcade", Entertainment), ("zoo", Entertainment), ("amusement park", Entertainment), ("escape room", Entertainment),
    ("spotify", Entertainment), ("subscription", Entertainment), ("parque", Entertainment), ("parque de diversiones", Entertainment),
    ("entrada", Entertainment), ("entradas del cine", Entertainment), ("futbol", Entertainment), ("futebol", Entertainment),
    ("partido", Entertainment), ("estadio", Entertainment), ("assinatura", Entertainment), ("suscripcion", Entertainment),
    ("textbooks", Education), ("notebook", Education), ("notebooks", Education), ("school supplies", Education), ("online course", Education),
    ("seminar", Education), ("exam fee", Education), ("caderno", Education), ("cadernos", Education), ("aula de ingles", Education),
    ("curso de ingles", Education), ("idiomas", Education), ("clases de ingles", Education), ("material escolar", Education),
    ("cuadernos", Education), ("academia de idiomas", Education), ("mensalidade da faculdade", Education), ("matricula", Education),
    ("sweater", Clothing), ("sweaters", Clothing), ("t shirts", Clothing), ("tshirt", Clothing), ("shorts", Clothing), ("skirt", Clothing),
    ("blouse", Clothing), ("hat", Clothing), ("belt", Clothing), ("underwear", Clothing), ("bra", Clothing), ("heels", Clothing),
    ("sandals", Clothing), ("blusa", Clothing), ("bermuda", Clothing), ("bone", Clothing), ("cinto", Clothing), ("sandalia", Clothing),
    ("cueca", Clothing), ("calcinha", Clothing), ("jersey", Clothing), ("camisas", Clothing), ("vaqueros", Clothing), ("botas", Clothing),
    ("sandalias", Clothing), ("gorra", Clothing), ("cinturon", Clothing), ("sueter", Clothing),
    ("donated", Other), ("donate", Other), ("food bank", Other), ("tip", Other), ("flowers", Other), ("florist", Other),
    ("pet food", Other), ("dog", Other), ("cat", Other), ("grooming", Other), ("nails", Other), ("manicure", Other), ("spa", Other),
    ("massage", Other), ("doacao", Other), ("doei", Other), ("dizimo", Other), ("flores", Other), ("unha", Other), ("manicure", Other),
    ("petshop", Other), ("pet shop", Other), ("cachorro", Other), ("gato", Other), ("donacion", Other), ("done", Other),
    ("peluqueria canina", Other), ("perro", Other), ("unas", Other), ("floristeria", Other), ("loteria", Other), ("lottery", Other),
    ("abrigo de animais", Other), ("protectora", Other),
    ("bebida", Food), ("bebidas", Food), ("posto", Transport), ("posto de gasolina", Transport), ("facul", Education),
    ("facu", Education), ("fotocopias", Education), ("apuntes", Education), ("mate", Food), ("tanque de gas", Utilities),
    ("gas lp", Utilities), ("cilindro de gas", Utilities), ("boletos", Entertainment),
    ("pretzel", Food), ("pretzels", Food), ("dr visit", Health), ("doctor visit", Health), ("dr appointment", Health),
    ("dr appt", Health), ("protetor solar", Health), ("sunscreen", Health), ("protector solar", Health),
    ("semestre", Education), ("semester", Education), ("master online", Education), ("mestrado online", Education),
    ("mantenimiento del edificio", Housing), ("cuota de mantenimiento", Housing), ("edificio", Housing),
    ("passe", Transport), ("abono de transporte", Transport),
    ("musical", Entertainment), ("entrada na moto", Transport), ("boletas", Entertainment),
    ("crawfish", Food), ("galao", Food), ("torrada", Food), ("paguei a renda", Housing), ("renda da casa", Housing),
    ("conta da equatorial", Utilities),
];

/// Words that mean money came in.
const INCOME: &[&str] = &[
    "salary", "paycheck", "paycheque", "payroll", "got paid", "get paid", "direct deposit", "dir dep",
    "refund", "refunded", "reimbursement", "reimbursed", "cashback", "cash back", "interest paid", "interest payment",
    "dividend", "dividends", "freelance payment", "invoice paid", "income", "received", "bonus", "tax refund", "got back",
    "got from", "received from", "venmo d me", "paid me", "gave me", "deposit from", "deposited",
    "autopay payment", "payment thank you", "payment received", "transfer from", "zelle from", "venmo from",
    "salario", "pagamento recebido", "recebi", "recebido", "recebimento", "caiu", "pix recebido", "ted recebida",
    "doc recebido", "transferencia recebida", "reembolso", "estorno", "devolucao", "rendimento", "rendimentos",
    "dividendos", "decimo terceiro", "parcela do 13", "parcela do 13o", "13o salario", "13o primeira parcela", "13o segunda parcela", "ferias", "freela", "adiantamento salarial", "credito em conta",
    "sueldo", "nomina", "me pagaron", "me pagan", "cobre", "ingreso", "ingresos", "devolucion",
    "transferencia recibida", "bizum recibido", "reintegro", "intereses", "paga extra", "aguinaldo",
    // Peru's July and December bonus; a transfer from one's own ("transferencia de mi viejo").
    "gratificacion", "transferencia de mi", "transferencia de mis",
    "interest", "savings interest", "sold", "sold my", "venmoed me", "zelled me", "sent me", "paid me back",
    "came in", "paycheck came in", "salary came in", "client paid", "customer paid", "paid by client", "invoice paid",
    "pension", "pension deposit", "payroll deposit", "square deposit", "stripe payout", "payout", "cash sales", "sales today",
    "quincena", "cayo la quincena", "me transfirieron", "me consignaron", "consignaron", "me depositaron", "me deposito", "me deposita", "aguinaldo", "payment came in", "came in from", "juros do cdb", "juros da poupanca", "juros do tesouro",
    "rendeu", "me devolvio", "me pago", "me pagaron", "me dio", "me dieron", "me deu", "me deram", "side hustle", "gig", "tips", "vendi", "vendemos", "venda", "me pagou", "me pagaram", "me mandou",
    "me devolveu", "me transferiu", "pix de", "nequi de", "me pagaram", "cashback", "vendido", "me devolvieron", "devolvieron",
    "me mando", "me envio", "me transfirio", "me hizo un bizum", "bizum de", "vendi", "vendimos", "cobramos", "cobre",
    "me ingresaron", "ingresaron", "refund from", "rebate", "winnings", "premio", "premios",
    "devolveram", "me devolveram", "reembolsaram", "me reembolsaram", "me reembolsou", "reembolsou", "me reembolsaron",
    "reembolsaron", "me reembolso", "restituicao", "restitucion", "rendimientos", "me cayo", "me cayeron", "landed",
    "paid invoice", "job paid", "gig paid", "back on my card", "refund on my card", "wages", "wages in", "cliente pagou",
    "cliente me pagou", "entrou", "plr", "devolveu me", "devolveram me", "mb way da", "mb way do", "me regreso", "me regresaron",
    "me llego", "me llegaron", "me giro", "me giraron", "me ha pasado", "me han pasado", "me paso", "me pasaron",
    "from my mom", "from my mum", "from my dad", "from mom", "from mum", "from dad", "from my parents", "returned",
    "back on my", "bond back", "deposit back", "benefit in", "child benefit", "faturei", "estornou", "estornaram",
    "ordenado", "yape de", "plin de", "me yapearon", "me yapeo", "yapeo de", "deposit back", "deposito de vuelta",
    // Pay days and benefits, and money from family and friends.
    "payday", "pay day", "centrelink", "universal credit", "jobseeker", "bolsa familia", "auxilio brasil", "abono de familia",
    "abono familia", "subsidio de natal", "subsidio de ferias", "subsidio de refeicao", "subsidio de alimentacao", "gst credit", "gst hst credit",
    "hst credit", "carbon rebate", "osko from", "payid from", "mandou me", "enviou me", "transferiu me", "pagou me", "juros da conta",
    "juros do deposito", "juros do deposito a prazo", "subsidio de desemprego", "subsidio de desempleo",
    "prestacion por desempleo", "from my sister", "from my brother", "from my friend", "from my boss", "from my roommate",
    "from my partner", "from my wife", "from my husband", "from my grandma", "from my grandpa", "from my aunt",
    "from my uncle", "from my cousin", "from my son", "from my daughter", "from my girlfriend", "from my boyfriend",
    "pix do meu", "pix da minha", "bizum de mi", "came through", "sale came through", "de mi cliente", "do meu cliente",
    "da minha cliente", "from my client", "from a client", "devolveu", "devolvio", "refnd", "tax back", "freelance",
    "freelancing", "me ha devuelto", "me han devuelto", "me ha pagado", "me han pagado", "me ha ingresado",
    "me han ingresado", "pay went in", "wages went in", "salary went in", "tax return came back", "refund came back",
    // Money apps named with who sent it ("revolut from aoife for dinner").
    "revolut from", "paypal from", "cash app from", "cashapp from", "e transfer from", "etransfer from", "interac from",
    "wise from", "monzo from", "apple cash from",
    // A pay deposit, a transfer received, a lottery win.
    "pay deposit", "recibi", "recibi una transferencia", "me toco", "me tocaron", "me toco la loteria", "gane", "ganhei",
    // Costa Rica's instant transfers received ("sinpe de mi hermana").
    "sinpe de", "sinpe movil de", "e transferred me", "etransferred me", "transferred me",
];

/// Words that say money came back whatever else the text names ("restituição do imposto de
/// renda" is income although "imposto de renda" alone is a tax paid).
const REFUND: &[&str] = &[
    "refund", "refunded", "reembolso", "estorno", "devolucao", "devolucion", "restituicao", "restitucion", "devolveram",
    "me devolveram", "reembolsaram", "me reembolsaram", "me reembolsaron", "reembolsaron", "me devolvieron", "devolvieron",
    "deposit back",
];

/// Words that name a service, not what it is for: a top-up (of the metro card), a cleaning (at the
/// dentist). What else is named decides; alone they keep their own category.
const GENERIC_HEADS: &[&str] = &["recarga", "top up", "reload", "carga", "recharge", "limpieza", "limpeza", "cleaning"];

/// Portuguese and Spanish name a place before what it is called ("Restaurante Fogão Mineiro",
/// "Farmacia La Cruz"): beside another word, these come first and are what the row is.
const PLACE_FIRST: &[&str] = &[
    "restaurante", "lanchonete", "padaria", "panaderia", "pasteleria", "confeitaria", "churrascaria", "pizzaria", "pizzeria",
    "farmacia", "drogaria", "supermercado", "supermercados", "hipermercado", "mercado", "minimercado", "acougue",
    "carniceria", "verduleria", "hortifruti", "posto", "gasolinera", "libreria", "livraria", "papeleria", "papelaria",
    "ferreteria", "ferragens", "optica", "otica", "clinica", "academia", "gimnasio",
];

/// Whether a matched phrase names a service, not what it is for (see [`GENERIC_HEADS`]).
pub fn is_generic_head(phrase: &str) -> bool {
    GENERIC_HEADS.contains(&phrase)
}

/// Statement prefixes that say nothing about the purchase.
const NOISE_PREFIXES: &[&str] = &[
    " debit card purchase ", " pos purchase ", " pos debit ", " purchase authorized on ", " card purchase ",
    " recurring payment ", " pag ", " compra tarj ", " compra tarjeta ", " compra cartao ", " compra no debito ",
    " compra debito ", " pos ", " sq ", " tst ", " pp ", " paypal ", " checkcard ", " visa ", " mastercard ",
];

/// Phrases that name a category only when nothing more specific does: shops that sell
/// everything, and words with several meanings ("tickets", "abrigo": coat or shelter, "claro":
/// a phone company or "of course").
const WEAK: &[&str] = &[
    "fee", "fees", "tickets", "ticket", "show", "game", "games", "class", "compra", "factura", "super", "market", "abrigo",
    "bolsa", "cable", "seguro", "extra", "oi", "tim", "claro", "next", "gap", "vue", "ee", "bt", "o2", "dia", "uci", "emt", "tmb",
    "obi", "cox", "sce", "vivo", "orange", "jumbo", "consum", "bolt", "regal", "mobil", "bp", "c c", "giant", "leon", "simply",
    "spar", "ola", "mit", "wizard", "burger", "clinica", "done", "car", "power", "water", "agua", "phone", "menu", "copa", "lime",
    "mesa", "table", "gato", "cat", "dog", "tip", "subscription", "assinatura", "suscripcion", "entrada", "parque", "moto",
    "delivery", "pedido", "er", "bed", "paint", "sold", "gig", "tips", "interest", "comi", "corrida", "school", "ingles",
    "escola", "colegio", "escuela", "bill", "micro", "costco", "sams club", "bjs", "boletos", "light", "ara", "d1",
    "prima", "payout", "mate", "ado", "passe", "edificio", "countdown", "entrou", "wages", "sonic", "gull", "ute", "ose",
    "returned", "clicks", "ordenado",
    // Convenience stores: what else is named decides ("7-Eleven fuel" is transport).
    "7 eleven", "7eleven", "seven eleven", "oxxo",
    // Also "half" ("meia hora"): socks only when nothing else is named.
    "meia",
    // Tickets for a bus or for a show: what else is named decides ("cinema NOS 2 bilhetes").
    "bilhete", "bilhetes", "boleto", "boletos", "pension de la", "raia", "tube",
];

/// Shops that sell everything (the merchants filed under `other`) and the [`WEAK`] words.
fn is_weak(weak: &Set<&str>, phrase: &str, category: Category, merchant: bool) -> bool {
    weak.contains(phrase) || (category == Other && merchant)
}

/// One dictionary phrase (words separated by single spaces).
struct Entry {
    phrase: &'static str,
    /// How many words the phrase has.
    len: usize,
    category: Category,
    weak: bool,
    merchant: bool,
}

/// The dictionaries indexed by first word, so matching costs a lookup per word of the
/// description instead of a scan of every phrase.
struct Index {
    entries: Vec<Entry>,
    by_first: Map<&'static str, Vec<usize>>,
    /// Strong single-word entries of 5+ letters, for glued words and typos.
    long_words: Vec<usize>,
}

impl Index {
    fn build(tables: &[(&'static [(&'static str, Category)], bool)]) -> Index {
        // Built once per process, before the first row is read: sized up front, WEAK as a set.
        let size: usize = tables.iter().map(|(t, _)| t.len()).sum();
        let weak: Set<&str> = WEAK.iter().copied().collect();
        let mut entries = Vec::with_capacity(size);
        let mut seen: Set<(&str, bool)> = Set::with_capacity_and_hasher(size, Default::default());
        for (table, merchant) in tables {
            for &(phrase, category) in *table {
                if !seen.insert((phrase, *merchant)) {
                    continue;
                }
                entries.push(Entry {
                    phrase,
                    len: phrase.split(' ').count(),
                    category,
                    weak: is_weak(&weak, phrase, category, *merchant),
                    merchant: *merchant,
                });
            }
        }
        let mut by_first: Map<&'static str, Vec<usize>> = Map::with_capacity_and_hasher(entries.len(), Default::default());
        for (i, e) in entries.iter().enumerate() {
            let first = e.phrase.split(' ').next().unwrap_or(e.phrase);
            by_first.entry(first).or_default().push(i);
        }
        let long_words = entries.iter().enumerate().filter(|(_, e)| e.len == 1 && e.phrase.len() >= 5 && !e.weak).map(|(i, _)| i).collect();
        Index { entries, by_first, long_words }
    }

    /// Every entry whose words occur consecutively in `tokens`.
    fn matches<'a>(&'a self, tokens: &'a [&'a str]) -> impl Iterator<Item = &'a Entry> + 'a {
        self.positioned(tokens).map(|(_, e)| e)
    }

    /// Every match with the index of its first word.
    fn positioned<'a>(&'a self, tokens: &'a [&'a str]) -> impl Iterator<Item = (usize, &'a Entry)> + 'a {
        tokens.iter().enumerate().flat_map(move |(i, t)| {
            self.by_first
                .get(t)
                .into_iter()
                .flatten()
                .map(|&e| &self.entries[e])
                .filter(move |e| tokens.len() >= i + e.len && e.phrase.split(' ').zip(&tokens[i..i + e.len]).all(|(w, t)| w == *t))
                .map(move |e| (i, e))
        })
    }
}

static DICTIONARY: LazyLock<Index> =
    LazyLock::new(|| {
        Index::build(&[
            (MERCHANTS, true),
            (crate::merchants_regional::REGIONAL_MERCHANTS, true),
            (KEYWORDS, false),
            (crate::vocabulary::VOCABULARY, false),
        ])
    });

fn income_table(table: &'static [&'static str]) -> Vec<(&'static str, Category)> {
    table.iter().map(|p| (*p, Income)).collect()
}

static INCOME_INDEX: LazyLock<(Index, Index)> = LazyLock::new(|| {
    let yes: &'static [(&'static str, Category)] = Box::leak(income_table(INCOME).into_boxed_slice());
    let no: &'static [(&'static str, Category)] = Box::leak(income_table(NOT_INCOME).into_boxed_slice());
    (Index::build(&[(yes, false)]), Index::build(&[(no, false)]))
});

const NOT_INCOME: &[&str] = &[
    // Holidays spent somewhere ("férias no algarve"), not Brazil's holiday pay.
    "ferias no", "ferias na", "ferias em", "ferias de verao",
    "interest charge", "finance charge", "late fee", "juros do cartao", "juros do cheque especial", "intereses de demora", "cuota",
    "tips for", "me cobro", "me cobraron", "security deposit", "deposit for", "tuition deposit", "bill came in", "income tax",
    "imposto de renda", "impuesto sobre la renta", "pension de la universidad", "pension del colegio",
    "pension universitaria", "pension escolar", "pension del cole", "pension de la",
    // In Spain a "reintegro" at a cash machine is a withdrawal (elsewhere a refund).
    "reintegro cajero", "reintegro en cajero", "reintegro efectivo", "reintegro de efectivo",
    // "pix de 120 pro encanador": a Pix of an amount, sent to someone.
    "pix de pro", "pix de pra", "pix de para",
];

/// The words of a text and their singular forms ("coffees" → "coffee").
fn tokens(text: &str) -> (Vec<String>, Vec<String>) {
    let w = words(text);
    // A possessive's "s" joins its word again: "nando's" → "nandos", "mcdonald's" → "mcdonalds".
    let mut plain: Vec<String> = Vec::new();
    for t in w.split_whitespace() {
        match plain.last_mut() {
            Some(previous) if t == "s" && previous.len() > 1 => previous.push('s'),
            _ => plain.push(t.to_string()),
        }
    }
    let singular = plain
        .iter()
        .map(|t| if t.len() > 3 && t.ends_with('s') && !t.ends_with("ss") { t[..t.len() - 1].to_string() } else { t.clone() })
        .collect();
    (plain, singular)
}

/// One letter added, dropped, changed or two swapped ("starbuks", "gasolna").
pub(crate) fn within_one_edit(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let (mut i, mut j, mut edits) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        if a[i] == b[j] {
            i += 1;
            j += 1;
            continue;
        }
        edits += 1;
        if edits > 1 {
            return false;
        }
        if a.len() > b.len() {
            i += 1;
        } else if b.len() > a.len() {
            j += 1;
        } else if i + 1 < a.len() && j + 1 < b.len() && a[i] == b[j + 1] && a[i + 1] == b[j] {
            i += 2;
            j += 2;
        } else {
            i += 1;
            j += 1;
        }
    }
    edits + (a.len() - i) + (b.len() - j) <= 1
}

/// Is there an income word in this text (and not a charge that merely sounds like one)?
pub fn mentions_income(text: &str) -> bool {
    let (plain, singular) = tokens(text);
    let (yes, no) = &*INCOME_INDEX;
    let (p, s): (Vec<&str>, Vec<&str>) = (plain.iter().map(String::as_str).collect(), singular.iter().map(String::as_str).collect());
    let mut said = yes.matches(&p).chain(yes.matches(&s));
    let Some(first) = said.next() else { return false };
    let refund = std::iter::once(first).chain(said).any(|e| REFUND.contains(&e.phrase));
    refund || (no.matches(&p).next().is_none() && no.matches(&s).next().is_none())
}

/// Statement prefixes that say nothing about the purchase, as leading words.
fn strip_noise(tokens: &mut Vec<String>) {
    for prefix in NOISE_PREFIXES {
        let words: Vec<&str> = prefix.split_whitespace().collect();
        if tokens.len() > words.len() && tokens.iter().zip(&words).all(|(t, w)| t == w) {
            tokens.drain(..words.len());
        }
    }
}

fn categorize_uncached(plain: &[String], singular: &[String]) -> Categorized {
    let p: Vec<&str> = plain.iter().map(String::as_str).collect();
    let s: Vec<&str> = singular.iter().map(String::as_str).collect();
    let dict = &*DICTIONARY;
    // "parking del hospital", "ticket for the bus": the thing bought comes before the linking word.
    let linker = p.iter().position(|t| matches!(*t, "de" | "del" | "do" | "da" | "dos" | "das" | "para" | "pro" | "pra" | "for" | "of" | "at" | "outside"));
    if let Some(k) = linker {
        let strong: Vec<(usize, &Entry)> = dict.positioned(&p).chain(dict.positioned(&s)).filter(|(_, e)| !e.weak).collect();
        let spans = |(i, e): &(usize, &Entry)| *i < k && i + e.len > k;
        let left = strong.iter().filter(|(i, e)| i + e.len <= k && !e.merchant).max_by_key(|(_, e)| e.phrase.len());
        let right = strong.iter().filter(|(i, _)| *i > k).max_by_key(|(_, e)| e.phrase.len());
        if let (Some((_, l)), Some((_, r)), false) = (left, right, strong.iter().any(spans)) {
            // A top-up is of what follows: "recarga de la tarjeta del metro" is transport.
            let generic_head = GENERIC_HEADS.contains(&l.phrase);
            // "sausage sizzle at bunnings": what was bought, whatever the shop sells.
            let at_shop = matches!(p[k], "at" | "outside");
            if l.category != r.category && (!r.merchant || at_shop) && !generic_head {
                return Categorized { category: l.category, confidence: KEYWORD_CONFIDENCE, matched: Some(l.phrase) };
            }
        }
    }
    // "hospital parking", "airport coffee": of two words side by side, the second is what was
    // bought and the first says where (unless a longer phrase holds both).
    let strong: Vec<(usize, &Entry)> = dict.positioned(&p).filter(|(_, e)| !e.weak && !e.merchant).collect();
    let compound = strong.iter().find_map(|&(i, left)| {
        if i == 0 && PLACE_FIRST.contains(&left.phrase) && strong.iter().any(|(j, _)| *j == i + left.len) {
            return Some(left);
        }
        let (_, right) = strong.iter().filter(|(j, _)| *j == i + left.len).max_by_key(|(_, e)| e.len).filter(|(_, right)| right.category != left.category && !GENERIC_HEADS.contains(&right.phrase))?;
        let held = dict.positioned(&p).any(|(k, e)| k <= i && k + e.len >= i + left.len + right.len && e.len > left.len.max(right.len));
        (!held).then_some(*right)
    });
    if let Some(head) = compound {
        return Categorized { category: head.category, confidence: KEYWORD_CONFIDENCE, matched: Some(head.phrase) };
    }
    // "kroger gas", "wawa coffee": a shop that sells many things, then the food, fuel or clothes bought
    // there (unless the shop's own longer name holds the word). A utility's gas or a cinema's
    // popcorn stay what the company is.
    let sells_many = |c: Category| matches!(c, Food | Transport | Health | Clothing | Other);
    // (Shops of no category of their own, "mercado livre", are weak entries: they count here.)
    let shop_then_item = dict.positioned(&p).filter(|(_, e)| e.merchant && (!e.weak || e.category == Other) && sells_many(e.category)).find_map(|(i, shop)| {
        let (_, item) = strong
            .iter()
            .filter(|(j, e)| *j == i + shop.len && e.category != shop.category && (matches!(e.category, Food | Transport | Clothing) || (shop.category == Food && e.category == Other && !e.weak)) && !GENERIC_HEADS.contains(&e.phrase))
            .max_by_key(|(_, e)| e.len)?;
        let held = dict.positioned(&p).any(|(k, e)| e.merchant && k <= i && k + e.len > i + shop.len);
        (!held).then_some(*item)
    });
    if let Some(item) = shop_then_item {
        return Categorized { category: item.category, confidence: KEYWORD_CONFIDENCE, matched: Some(item.phrase) };
    }
    let mut best: [Option<&Entry>; 4] = [None; 4];
    for e in dict.matches(&p).chain(dict.matches(&s)) {
        let slot = match (e.merchant, e.weak) {
            (true, false) => 0,
            (false, false) => 1,
            (true, true) => 2,
            (false, true) => 3,
        };
        if best[slot].is_none_or(|b| e.phrase.len() > b.phrase.len()) {
            best[slot] = Some(e);
        }
    }
    // A top-up is of what else is named ("recarga do cartão TOP do metrô" is transport).
    if best[1].is_some_and(|e| GENERIC_HEADS.contains(&e.phrase)) {
        let other = dict.matches(&p).chain(dict.matches(&s)).filter(|e| !e.weak && !e.merchant && !GENERIC_HEADS.contains(&e.phrase)).max_by_key(|e| e.phrase.len());
        if other.is_some() {
            best[1] = other;
        }
    }
    const CONFIDENCE: [f64; 4] = [MERCHANT_CONFIDENCE, KEYWORD_CONFIDENCE, 0.8, 0.7];
    // A word inside a shop's own name is the shop ("Mercado Livre" is not a market).
    if best[1].is_some_and(|k| best[0].or(best[2]).is_some_and(|m| format!(" {} ", m.phrase).contains(&format!(" {} ", k.phrase)))) {
        best[1] = None;
    }
    // A shop that sells everything says less than what was bought there ("súper en Walmart").
    // ("Mercado Livre" stays a shop: its own name holds the word.)
    if best[0].is_none()
        && best[1].is_none()
        // ("compra na amazon": a purchase, not the groceries the word also means.)
        && best[2].is_some_and(|m| m.category == Other && best[3].is_some_and(|k| k.category != Other && !m.phrase.contains(k.phrase) && !matches!(k.phrase, "compra" | "compras")))
    {
        best[2] = None;
    }
    if let Some((e, conf)) = best.iter().zip(CONFIDENCE).find_map(|(e, c)| e.map(|e| (e, c))) {
        return Categorized { category: e.category, confidence: conf, matched: Some(e.phrase) };
    }
    // Statements glue words together ("PadariaDoJoao", "NETFLIXCOM"): a long single-word name at
    // the start of a token still counts, a little less surely. Then a typo of one ("starbuks").
    let long = || dict.long_words.iter().map(|&i| &dict.entries[i]);
    for token in p.iter().filter(|t| t.chars().any(char::is_alphabetic)) {
        // At least three more letters: "esquina" is not "esqui" glued to something.
        if let Some(e) = long().filter(|e| token.len() >= e.phrase.len() + 3 && token.starts_with(e.phrase)).max_by_key(|e| e.phrase.len()) {
            return Categorized { category: e.category, confidence: 0.75, matched: Some(e.phrase) };
        }
    }
    for token in p.iter().filter(|t| t.len() >= 6 && t.chars().all(char::is_alphabetic)) {
        if let Some(e) = long().find(|e| e.phrase.len() >= 6 && e.phrase.as_bytes()[0] == token.as_bytes()[0] && within_one_edit(token, e.phrase)) {
            return Categorized { category: e.category, confidence: 0.65, matched: Some(e.phrase) };
        }
    }
    Categorized { category: Other, confidence: UNKNOWN_CONFIDENCE, matched: None }
}

thread_local! {
    /// Bank exports repeat their merchants; store and card numbers aside, a file of a million
    /// rows has a few thousand distinct descriptions.
    static CACHE: RefCell<Map<String, Categorized>> = RefCell::new(Map::default());
}
const CACHE_LIMIT: usize = 100_000;

/// The cache key of a description: lowercase, punctuation as single spaces, and numbers of three
/// or more digits (store, card, reference numbers) left out, since they never change the answer.
fn cache_key(description: &str) -> String {
    let mut key = String::with_capacity(description.len());
    let mut digits = String::new();
    let flush = |key: &mut String, digits: &mut String| {
        if !digits.is_empty() && digits.len() < 3 {
            key.push_str(digits);
        }
        digits.clear();
    };
    for ch in description.chars() {
        if ch.is_ascii_digit() {
            digits.push(ch);
        } else if ch.is_ascii_alphabetic() {
            flush(&mut key, &mut digits);
            key.push(ch.to_ascii_lowercase());
        } else if ch.is_alphanumeric() {
            flush(&mut key, &mut digits);
            key.extend(ch.to_lowercase());
        } else {
            flush(&mut key, &mut digits);
            if !key.ends_with(' ') && !key.is_empty() {
                key.push(' ');
            }
        }
    }
    flush(&mut key, &mut digits);
    key
}

/// Categorises a description (a merchant name, a statement line, a sentence fragment).
/// Builds the dictionaries now (they are otherwise built by the first [`categorize`]), so a
/// caller can do it on another thread while it does something else.
pub fn prepare() {
    LazyLock::force(&DICTIONARY);
    LazyLock::force(&INCOME_INDEX);
}

/// Does a shop's name open with these two words, a number and a word ("7 eleven", "5 guys",
/// "99 pop")? Then the number is part of the name, not money.
pub fn opens_a_shops_name(number: &str, word: &str) -> bool {
    DICTIONARY.by_first.get(number).into_iter().flatten().map(|&e| &DICTIONARY.entries[e]).any(|e| e.merchant && e.phrase.split(' ').nth(1) == Some(word))
}

pub fn categorize(description: &str) -> Categorized {
    let key = cache_key(description);
    if let Some(hit) = CACHE.with(|c| c.borrow().get(&key).copied()) {
        return hit;
    }
    let (mut plain, _) = tokens(description);
    strip_noise(&mut plain);
    plain.retain(|t| !(t.len() >= 3 && t.bytes().all(|b| b.is_ascii_digit())));
    let singular: Vec<String> = plain
        .iter()
        .map(|t| if t.len() > 3 && t.ends_with('s') && !t.ends_with("ss") { t[..t.len() - 1].to_string() } else { t.clone() })
        .collect();
    let result = categorize_uncached(&plain, &singular);
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() >= CACHE_LIMIT {
            c.clear();
        }
        c.insert(key, result);
    });
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cat(s: &str) -> Category {
        categorize(s).category
    }

    #[test]
    fn merchants_keywords_and_statement_abbreviations() {
        assert_eq!(cat("Groceries at Whole Foods"), Food);
        assert_eq!(cat("WHOLEFDS MKT 10234 NEW YORK NY"), Food);
        assert_eq!(cat("AMZN Mktp US*2K4LT0"), Other);
        assert_eq!(cat("UBER *TRIP HELP.UBER.COM"), Transport);
        assert_eq!(cat("UBER EATS 8005928996"), Food);
        assert_eq!(cat("PAG*PadariaDoJoao"), Food);
        assert_eq!(cat("COMPRA TARJ. MERCADONA VALENCIA"), Food);
        assert_eq!(cat("Pão de Açúcar"), Food);
        assert_eq!(cat("conta de luz"), Utilities);
        assert_eq!(cat("Netflix.com"), Entertainment);
        assert_eq!(cat("aluguel"), Housing);
        assert_eq!(cat("zapatos en Zara"), Clothing);
        assert_eq!(cat("hospital parking"), Transport);
        assert_eq!(cat("RESTAURANTE FOGAO MINEIRO"), Food);
        // A shop that sells many things, then the food or fuel bought there.
        assert_eq!(cat("kroger gas"), Transport);
        // Walmart is where people buy their groceries; flowers bought at a supermarket are not food.
        assert_eq!(cat("walmart"), Food);
        assert_eq!(cat("kroger flowers"), Other);
        assert!(mentions_income("revolut from aoife for dinner"));
        assert!(mentions_income("recibí una transferencia de 2500 de mi hermano"));
        assert!(mentions_income("me tocaron 100 en la lotería"));
        assert_eq!(cat("turkey and sides for thanksgiving"), Food);
        assert_eq!(cat("parafarmacia"), Health);
        assert!(mentions_income("sinpe de mi hermana 15 mil"));
        assert!(mentions_income("jess e-transferred me 60"));
        assert!(!mentions_income("férias no algarve: portagens 18,40"));
        assert_eq!(cat("compra na amazon"), Other);
        assert_eq!(cat("ntuc fairprice"), Food);
        assert_eq!(cat("wawa coffee"), Food);
        assert_eq!(cat("enbridge gas bill"), Utilities);
        assert_eq!(cat("uber eats"), Food);
        assert_eq!(cat("the warehouse jandals"), Clothing);
        // What was bought at a shop, whatever the shop sells.
        assert_eq!(cat("sausage sizzle at bunnings"), Food);
        assert_eq!(cat("assinatura do chatgpt"), Other);
        assert_eq!(cat("sausage sizzle outside bunnings"), Food);
        assert_eq!(cat("mercado livre tênis"), Clothing);
        // A top-up after what it tops up.
        assert_eq!(cat("metrobús recarga"), Transport);
        assert_eq!(cat("airport coffee"), Food);
        assert_eq!(cat("Boots meal deal"), Food);
        assert_eq!(cat("Royals ticket"), Entertainment);
        assert_eq!(cat("aluguel do carro"), Transport);
        assert_eq!(cat("SAT registration"), Education);
        assert_eq!(cat("limpieza en el dentista"), Health);
        assert_eq!(cat("sbux"), Food);
        assert_eq!(cat("panetone"), Food);
        assert!(mentions_income("got my security deposit back"));
        assert!(mentions_income("yapeo de rosa"));
        assert!(!mentions_income("REINTEGRO CAJERO IBERCAJA ZARAGOZA"));
        assert!(mentions_income("REINTEGRO COMPRA CON QR"));
        assert_eq!(cat("limpieza"), Housing);
        assert_eq!(cat("something unheard of"), Other);
        assert!(categorize("something unheard of").confidence < 0.6);
        assert!(mentions_income("Got paid today"));
        assert!(mentions_income("recebi o salário"));
        assert!(!mentions_income("lunch"));
    }
}
