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
    ("wendys", Food), ("taco bell", Food), ("subway sandwich", Food), ("dunkin", Food), ("panera", Food),
    ("chick fil a", Food), ("domino", Food), ("dominos", Food), ("pizza hut", Food), ("kroger", Food),
    ("safeway", Food), ("publix", Food), ("aldi", Food), ("wegmans", Food), ("heb", Food), ("sprouts", Food),
    ("instacart", Food), ("doordash", Food), ("grubhub", Food), ("uber eats", Food), ("ubereats", Food),
    ("postmates", Food), ("seamless", Food), ("shake shack", Food), ("sweetgreen", Food), ("costco", Food),
    ("food lion", Food), ("stop shop", Food), ("giant eagle", Food), ("five guys", Food), ("in n out", Food),
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
    ("jetblue", Transport), ("hertz", Transport), ("avis", Transport), ("enterprise rent", Transport), ("jiffy lube", Transport),
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
    ("enel", Utilities), ("light", Utilities), ("cemig", Utilities), ("copel", Utilities), ("celesc", Utilities),
    ("sabesp", Utilities), ("cedae", Utilities), ("copasa", Utilities), ("comgas", Utilities), ("naturgy", Utilities),
    ("movistar", Utilities), ("vodafone", Utilities), ("orange", Utilities), ("jazztel", Utilities), ("digi", Utilities),
    ("masmovil", Utilities), ("yoigo", Utilities), ("endesa", Utilities), ("iberdrola", Utilities),
    ("canal de isabel ii", Utilities), ("aigues de barcelona", Utilities), ("holaluz", Utilities), ("telmex", Utilities),
    ("cfe", Utilities), ("telcel", Utilities), ("izzi", Utilities), ("totalplay", Utilities),
    // health
    ("cvs", Health), ("cvs pharmacy", Health), ("walgreens", Health), ("rite aid", Health), ("planet fitness", Health),
    ("equinox", Health), ("la fitness", Health), ("24 hour fitness", Health), ("kaiser", Health), ("blue cross", Health),
    ("aetna", Health), ("cigna", Health), ("unitedhealthcare", Health), ("boots", Health), ("puregym", Health),
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
    // other (shops that sell everything, fees, pets, personal care)
    ("amazon", Other), ("amzn", Other), ("amzn mktp", Other), ("amazon com", Other), ("walmart", Other), ("target", Other),
    ("ebay", Other), ("etsy", Other), ("best buy", Other), ("apple com bill", Other), ("mercado livre", Other),
    ("mercadolivre", Other), ("mercado libre", Other), ("magalu", Other), ("magazine luiza", Other), ("americanas", Other),
    ("casas bahia", Other), ("shopee", Other), ("aliexpress", Other), ("petco", Other), ("petsmart", Other),
    ("petz", Other), ("cobasi", Other), ("tiendanimal", Other), ("fnac", Other), ("mediamarkt", Other),
    ("media markt", Other), ("argos", Other), ("boots opticians", Other), ("sephora", Other), ("ulta", Other),
    ("o boticario", Other), ("boticario", Other), ("natura", Other), ("druni", Other), ("primor", Other),
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
    ("sewer", Utilities), ("council tax", Utilities), ("conta de luz", Utilities), ("luz", Utilities), ("energia", Utilities),
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
    ("tickets", Entertainment), ("show", Entertainment), ("game", Entertainment), ("games", Entertainment),
    ("video game", Entertainment), ("streaming", Entertainment), ("museum", Entertainment), ("theater", Entertainment),
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
    ("vestido", Clothing), ("jaqueta", Clothing), ("casaco", Clothing), ("tenis", Clothing), ("sapato", Clothing),
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
];

/// Words that mean money came in.
const INCOME: &[&str] = &[
    "salary", "paycheck", "payroll", "got paid", "get paid", "paid me", "direct deposit", "dir dep", "deposit",
    "refund", "refunded", "reimbursement", "reimbursed", "cashback", "cash back", "interest paid", "interest payment",
    "dividend", "dividends", "freelance payment", "invoice paid", "income", "received", "bonus", "tax refund",
    "autopay payment", "payment thank you", "payment received", "transfer from", "zelle from", "venmo from",
    "salario", "pagamento recebido", "recebi", "recebido", "recebimento", "caiu", "pix recebido", "ted recebida",
    "doc recebido", "transferencia recebida", "reembolso", "estorno", "devolucao", "rendimento", "rendimentos",
    "dividendos", "decimo terceiro", "ferias", "freela", "adiantamento salarial", "credito em conta",
    "sueldo", "nomina", "me pagaron", "me pagan", "cobre", "ingreso", "ingresos", "abono", "devolucion",
    "transferencia recibida", "bizum recibido", "reintegro", "intereses", "paga extra", "aguinaldo",
];

/// Statement prefixes that say nothing about the purchase.
const NOISE_PREFIXES: &[&str] = &[
    " debit card purchase ", " pos purchase ", " pos debit ", " purchase authorized on ", " card purchase ",
    " recurring payment ", " pag ", " compra tarj ", " compra tarjeta ", " compra cartao ", " compra no debito ",
    " compra debito ", " pos ", " sq ", " tst ", " pp ", " paypal ", " checkcard ", " visa ", " mastercard ",
];

fn find_longest(haystack: &str, table: &[(&'static str, Category)]) -> Option<(&'static str, Category)> {
    let mut best: Option<(&'static str, Category)> = None;
    for &(phrase, category) in table {
        let needle_len = phrase.len() + 2;
        if best.is_some_and(|(b, _)| b.len() >= phrase.len()) {
            continue;
        }
        // Whole-word match: the haystack is padded with spaces (see `text::words`).
        if haystack.len() >= needle_len && contains_word(haystack, phrase) {
            best = Some((phrase, category));
        }
    }
    best
}

fn contains_word(haystack: &str, phrase: &str) -> bool {
    let mut start = 0;
    while let Some(pos) = haystack[start..].find(phrase) {
        let at = start + pos;
        let before = at.checked_sub(1).and_then(|i| haystack.as_bytes().get(i)).copied();
        let after = haystack.as_bytes().get(at + phrase.len()).copied();
        if before == Some(b' ') && after == Some(b' ') {
            return true;
        }
        start = at + 1;
    }
    false
}

/// Is there an income word in this text?
pub fn mentions_income(text: &str) -> bool {
    let w = words(text);
    INCOME.iter().any(|phrase| contains_word(&w, phrase))
}

/// Categorises a description (a merchant name, a statement line, a sentence fragment).
pub fn categorize(description: &str) -> Categorized {
    let mut w = words(description);
    // "AMZN Mktp US*2K4" → " amzn mktp us 2k4 ": fine; "PAG*PadariaX" → drop " pag ".
    for prefix in NOISE_PREFIXES {
        if w.starts_with(prefix) {
            w = format!(" {}", &w[prefix.len()..]);
        }
    }
    if let Some((phrase, category)) = find_longest(&w, MERCHANTS) {
        return Categorized { category, confidence: MERCHANT_CONFIDENCE, matched: Some(phrase) };
    }
    if let Some((phrase, category)) = find_longest(&w, KEYWORDS) {
        return Categorized { category, confidence: KEYWORD_CONFIDENCE, matched: Some(phrase) };
    }
    // Statements glue words together ("PadariaDoJoao", "NETFLIXCOM"): a long single-word name
    // at the start of a token still counts, a little less surely.
    for token in w.split_whitespace() {
        for table in [MERCHANTS, KEYWORDS] {
            if let Some(&(phrase, category)) = table
                .iter()
                .filter(|(p, _)| p.len() >= 5 && !p.contains(' ') && token.len() > p.len() && token.starts_with(p))
                .max_by_key(|(p, _)| p.len())
            {
                return Categorized { category, confidence: KEYWORD_CONFIDENCE, matched: Some(phrase) };
            }
        }
    }
    Categorized { category: Other, confidence: UNKNOWN_CONFIDENCE, matched: None }
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
        assert_eq!(cat("something unheard of"), Other);
        assert!(categorize("something unheard of").confidence < 0.6);
        assert!(mentions_income("Got paid today"));
        assert!(mentions_income("recebi o salário"));
        assert!(!mentions_income("lunch"));
    }
}
