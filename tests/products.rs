//! Product pages: what a shop's page keeps (its description, even one only
//! its structured data holds) and what it drops (its customers' reviews,
//! but not the testimonials a seller shows as its pitch).

use pith::{extract, Options, PageType};

/// A shop's product page: `head` (its structured data), name, price, cart
/// controls, a tab panel for the description (`panel`), specifications,
/// then `below` (reviews, testimonials).
fn shop_page(head: &str, panel: &str, below: &str) -> String {
    format!(
        "<html><head><title>Walnut desk lamp | Example Shop</title>{head}</head>\
         <body><header><nav><a href='/'>Home</a> <a href='/lighting'>Lighting</a> <a href='/cart'>Cart</a></nav></header>\
         <main><div class='product'><h1>Walnut desk lamp</h1><p class='price'>$129.00</p>\
         <form action='/cart/add'><select name='finish'><option>Oiled</option><option>Natural</option></select>\
         <button>Add to cart</button></form>\
         <div class='tabs'><button>Description</button><button>Shipping</button>\
         <div class='tab-panel'>{panel}</div></div>\
         <table class='specs'><tr><th>Height</th><td>45 cm</td></tr><tr><th>Bulb</th><td>E27, 8 W LED</td></tr>\
         <tr><th>Cable</th><td>1.8 m, braided</td></tr></table></div>{below}</main>\
         <footer><p>Free shipping over $50. Returns within 30 days.</p></footer></body></html>"
    )
}

/// JSON-LD declaring a product of `type` with a `description`.
fn declared(kind: &str, description: &str) -> String {
    format!(
        "<script type='application/ld+json'>{{\"@context\":\"https://schema.org\",\"@type\":\"{kind}\",\
         \"name\":\"Walnut desk lamp\",\"sku\":\"L-204\",\"description\":\"{description}\",\
         \"offers\":{{\"@type\":\"Offer\",\"price\":\"129.00\",\"priceCurrency\":\"USD\"}}}}</script>"
    )
}

/// A product page for the description tests: JSON-LD `Product`.
fn product_page(panel: &str, description: &str) -> String {
    shop_page(&declared("Product", description), panel, "")
}

#[test]
fn a_products_declared_description_joins_its_text_when_the_markup_lacks_it() {
    let description = "KEEP_DECLARED A lamp turned from one block of oiled walnut, with a linen shade \
                       that softens the light for reading late into the evening.";
    let article = extract(&product_page("", description), &Options::new()).unwrap();
    let text = article.text();
    assert_eq!(article.page_type, PageType::Product, "{text:?}");
    assert!(text.contains("KEEP_DECLARED A lamp turned"), "{text:?}");
    // Where a description stands: before the specifications.
    let specs = text.find("Height").unwrap_or(0);
    assert!(text.find("KEEP_DECLARED").is_some_and(|d| d < specs), "{text:?}");
    // Shown in the markup, it is not written twice.
    let shown = product_page(&format!("<p>{description}</p>"), description);
    let text = extract(&shown, &Options::new()).unwrap().text();
    assert_eq!(text.matches("KEEP_DECLARED").count(), 1, "{text:?}");
}

/// The lamp's description, shown in its tab panel.
const DESCRIPTION: &str = "<p>KEEP_DESCRIPTION A lamp turned from one block of oiled walnut, with a linen \
    shade that softens the light for reading late into the evening.</p>";

/// A reviews section: four customers' reviews, together longer than the
/// product's own description, each marked `marker`.
fn reviews(class: &str, marker: &str) -> String {
    let review = |n: usize| {
        format!(
            "<div class='review-card'><p class='review-title'>{marker}{n} Lovely lamp</p>\
             <p class='review-body'>{marker}{n} I bought this lamp for my study last winter and it has been on \
             every evening since, the walnut has darkened a little, the shade diffuses the bulb well, and the \
             cable is long enough to reach the socket behind the bookcase.</p>\
             <p class='review-author'>Customer {n}, verified buyer</p></div>"
        )
    };
    let all: String = (1..=4).map(review).collect();
    format!("<section class='{class}'><h2>Customer reviews</h2>{all}</section>")
}

/// Every one of the four cards of [`reviews`] marked `marker` is in `text`.
fn assert_every_card_kept(text: &str, marker: &str) {
    for n in 1..=4 {
        assert!(text.contains(&format!("{marker}{n} I bought")), "lost {n}: {text:?}");
    }
}

#[test]
fn a_declared_products_reviews_are_not_its_content() {
    // However the page declares the product: JSON-LD (a product or a group
    // of its variants), microdata, or its Open Graph type.
    let heads = [
        declared("Product", "A walnut desk lamp."),
        declared("ProductGroup", "A walnut desk lamp."),
        "<meta property='og:type' content='product'>".to_owned(),
    ];
    for head in &heads {
        let html = shop_page(head, DESCRIPTION, &reviews("product-reviews", "DROP_REVIEW"));
        let text = extract(&html, &Options::new()).unwrap().text();
        assert!(text.contains("KEEP_DESCRIPTION"), "{head}: {text:?}");
        assert!(!text.contains("DROP_REVIEW"), "{head}: {text:?}");
    }
    let microdata = shop_page("", DESCRIPTION, &reviews("reviews", "DROP_REVIEW")).replace(
        "<div class='product'>",
        "<div class='product' itemscope itemtype='https://schema.org/Product'>",
    );
    let text = extract(&microdata, &Options::new()).unwrap().text();
    assert!(text.contains("KEEP_DESCRIPTION"), "{text:?}");
    assert!(!text.contains("DROP_REVIEW"), "{text:?}");
}

#[test]
fn testimonials_a_seller_shows_are_not_reviews() {
    // The same cards inside a testimonials section: the seller's pitch.
    let html = shop_page(
        &declared("Product", "A walnut desk lamp."),
        DESCRIPTION,
        &reviews("testimonials", "KEEP_TESTIMONIAL"),
    );
    let text = extract(&html, &Options::new()).unwrap().text();
    assert!(text.contains("KEEP_DESCRIPTION"), "{text:?}");
    assert_every_card_kept(&text, "KEEP_TESTIMONIAL");
}

#[test]
fn an_article_keeps_its_review_sections() {
    // A review article names its sections "review": no product is declared,
    // and they are its content.
    let html = format!(
        "<html><head><title>Three desk lamps, tested</title></head><body><article><h1>Three desk lamps, tested</h1>\
         <p>KEEP_INTRO We lived with three desk lamps for a month, in a study, a kitchen and a workshop, \
         and measured how evenly each one lit the page.</p>{}</article></body></html>",
        reviews("reviews", "KEEP_SECTION")
    );
    let text = extract(&html, &Options::new()).unwrap().text();
    assert!(text.contains("KEEP_INTRO"), "{text:?}");
    assert_every_card_kept(&text, "KEEP_SECTION");
}

#[test]
fn an_undeclared_products_reviews_are_not_its_content() {
    // No structured data: the page-type model reads a product page (its
    // URL, stock and SKU), and the blocks of its reviews go.
    let html = shop_page("", DESCRIPTION, &reviews("product-reviews", "DROP_REVIEW")).replace(
        "<p class='price'>$129.00</p>",
        "<p class='price'>$129.00</p><p class='stock'>In stock</p><p class='sku'>SKU: L-204</p>",
    );
    let options = Options::new().with_base_url("https://shop.example/products/walnut-desk-lamp");
    let article = extract(&html, &options).unwrap();
    let text = article.text();
    assert_eq!(article.page_type, PageType::Product, "{text:?}");
    assert!(text.contains("KEEP_DESCRIPTION"), "{text:?}");
    assert!(!text.contains("DROP_REVIEW"), "{text:?}");
}
