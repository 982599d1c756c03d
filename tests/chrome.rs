//! Table-driven chrome tests: each row is a tiny page whose content carries
//! `KEEP_` markers and whose chrome carries `DROP_` markers. Every `KEEP_`
//! word must be in the text and no `DROP_` word may be.

mod common;

use common::{check, page};
use pith::{extract, Options};

#[test]
fn structural_chrome() {
    // A popover's help, longer than the short post it sits beside, shows
    // only when a control opens it.
    let steps: String = (1..=6)
        .map(|n| format!("<li>DROP_POPOVER Step {n}: open the browser's settings, find this site and choose how it may notify you.</li>"))
        .collect();
    check(&[
        (
            "popover",
            page(&format!("<div popover id='push-help'><h4>Configure notifications</h4><ol>{steps}</ol></div>"), ""),
        ),
        (
            "nav",
            page("<nav><a href=/>DROP_NAV Home</a> <a href=/a>About</a></nav>", ""),
        ),
        ("header", page("<header><a href=/>DROP_HEADER Site</a></header>", "")),
        (
            "footer",
            page("", "<footer><p>DROP_FOOTER Contact the editors</p></footer>"),
        ),
        (
            "aside",
            page(
                "<aside><p>DROP_ASIDE Popular this week and much more to read</p></aside>",
                "",
            ),
        ),
        (
            "share class",
            page("", "<div class='share-buttons'><a href=#>DROP_SHARE Facebook</a></div>"),
        ),
        (
            "signature class",
            page(
                "",
                "<div class='post-signature'><p>DROP_SIGNATURE Visit my shop for hand-made fishing flies</p></div>",
            ),
        ),
        (
            "disclaimer class",
            page(
                "",
                "<p class='affiliate-disclaimer'>DROP_DISCLAIMER Colours and models may vary by country and region.</p>",
            ),
        ),
        (
            "legal class",
            page(
                "",
                "<div class='copy-legal'><p>DROP_LEGAL Offer valid for new customers only; terms apply.</p></div>",
            ),
        ),
        (
            "related class",
            page(
                "",
                "<div class='related-posts'><p>DROP_RELATED Another story that you could read</p></div>",
            ),
        ),
        (
            "a blog plugin's related posts (a compound class word)",
            page(
                "",
                "<div id='jp-relatedposts' class='jp-relatedposts'><div class='jp-relatedposts-items'>\
                 <p class='jp-relatedposts-post'>DROP_RELATED Developers rank the platform among the technologies they \
                 dread most, yet its share of the web keeps growing, the same survey found a year later.</p></div></div>",
            ),
        ),
        (
            "cookie class",
            page(
                "<div id='cookie-banner'><p>DROP_COOKIE We value your privacy</p></div>",
                "",
            ),
        ),
        (
            "newsletter class",
            page(
                "",
                "<div class='newsletter-box'><p>DROP_NEWS Get the weekly digest</p></div>",
            ),
        ),
        (
            "hidden attribute",
            page(
                "<div hidden><p>DROP_HIDDEN A hidden paragraph of text here</p></div>",
                "",
            ),
        ),
        (
            "display none",
            page(
                "<div style='display: none'><p>DROP_NONE Invisible text here too</p></div>",
                "",
            ),
        ),
        ("script", page("<script>var DROP_SCRIPT = 1;</script>", "")),
        (
            "navigation role",
            page("<div role='navigation'><a href=/a>DROP_ROLENAV Sections</a></div>", ""),
        ),
        (
            "dialog role",
            page(
                "<div role='dialog'><p>DROP_DIALOG Sign up to read more stories like this one.</p></div>",
                "",
            ),
        ),
        (
            "contentinfo role",
            page("", "<div role='contentinfo'><p>DROP_CONTENTINFO Imprint and terms</p></div>"),
        ),
        (
            "tablist holding panels",
            page(
                "",
                "<div role='tablist'><div><p>KEEP_PANEL An accordion group that its framework marks as a tab list.</p></div></div>",
            ),
        ),
        (
            "ancillary note",
            page(
                "<div role='note' class='hatnote'>DROP_NOTE See also: another article</div>",
                "",
            ),
        ),
        (
            "hidden tab panel",
            page(
                "",
                "<div role='tabpanel' hidden><p>KEEP_TAB The second tab's paragraph of text, shown on a click.</p></div>",
            ),
        ),
        (
            "hidden tab pane named by its class",
            page(
                "",
                "<div class='tab-content'><div class='tab-pane fade' style='display:none'>\
                 <p>KEEP_PANE The specifications tab: 45 cm high, an E27 bulb, a braided cable.</p></div></div>",
            ),
        ),
        (
            "hidden answer of a question",
            page(
                "",
                "<div class='faq__item'><h3 class='faq__question'>KEEP_ASKED Is the course accredited?</h3>\
                 <div class='faq__answer' style='display: none'><p>KEEP_ANSWERED Yes: the board accredited it in 2021 \
                 and reviews it every five years.</p></div></div>",
            ),
        ),
        (
            "hidden panel a control opens",
            page(
                "",
                "<h3><button aria-controls='a1' aria-expanded='false'>KEEP_QUESTION Who may apply?</button></h3>\
                 <div id='a1' hidden><p>KEEP_ANSWER Anyone over eighteen who lives in the county may apply.</p></div>",
            ),
        ),
        (
            "collapsed wrapper of a panel a control opens",
            page(
                "",
                "<h3><button aria-controls='a3' aria-expanded='false'>KEEP_DETAILS Details</button></h3>\
                 <div class='collapse' style='overflow: hidden; display: none'><div id='a3' role='region'>\
                 <p>KEEP_WRAPPED A cone lights the fire in one strike and burns for two hours.</p></div></div>",
            ),
        ),
        (
            "hidden until found",
            page(
                "",
                "<div hidden='until-found'><p>KEEP_FOUND An answer the browser's find-in-page reveals.</p></div>",
            ),
        ),
        (
            "hidden panel nothing opens",
            page(
                "",
                "<div id='a2' hidden><p>DROP_UNOPENED A panel that no control ever reveals.</p></div>",
            ),
        ),
        (
            "comments section",
            page(
                "",
                "<div id='comments'><p>DROP_COMMENT I disagree with this article entirely.</p></div>",
            ),
        ),
    ]);
}

#[test]
fn phrase_chrome_in_five_languages() {
    check(&[
        ("cookie en", page("", "<p>DROP_C1 We use cookies to improve your experience.</p>")),
        ("cookie de", page("", "<p>DROP_C2 Wir verwenden Cookies, um die Website zu verbessern.</p>")),
        ("cookie fr", page("", "<p>DROP_C3 Nous utilisons des cookies pour améliorer le site.</p>")),
        ("cookie es", page("", "<p>DROP_C4 Utilizamos cookies para mejorar su experiencia.</p>")),
        ("cookie ru", page("", "<p>DROP_C5 Мы используем файлы cookie для улучшения сайта.</p>")),
        ("subscribe en", page("", "<p>DROP_S1 Sign up for our newsletter and never miss a story.</p>")),
        ("subscribe de", page("", "<p>DROP_S2 Jetzt Newsletter abonnieren!</p>")),
        ("share fr", page("", "<p>DROP_S3 Partager cet article</p>")),
        ("follow es", page("", "<p>DROP_S4 Síguenos en redes sociales</p>")),
        ("share ru", page("", "<p>DROP_S5 Поделиться в соцсетях</p>")),
        ("related en", page("", "<h3>Related articles</h3><ul><li>DROP_R1 Something else happened today</li></ul>")),
        ("related de", page("", "<h3>Lesen Sie auch</h3><p>DROP_R2 Ein anderer Artikel</p>")),
        ("related ru", page("", "<h3>Читайте также</h3><p>DROP_R3 Другая статья</p>")),
        ("similar threads", page("", "<h3>Similar threads</h3><ul><li>DROP_R4 Which lens for birds in flight?</li></ul>")),
        ("legal", page("", "<p>DROP_L1 Legal Disclaimer:</p><p>DROP_L2 The publisher provides the information as is without warranty of any kind.</p>")),
        ("copyright", page("", "<p>DROP_L3 © 2025 Example Media Group</p>")),
        ("rights ru", page("", "<p>DROP_L4 Все права защищены.</p>")),
        ("error banner", page("<div><p>DROP_E1 Error! We're sorry, but the page you were looking for doesn't exist.</p></div>", "")),
        ("affiliate en", page("", "<p>DROP_A1 Check Price at Amazon</p>")),
        ("affiliate de", page("", "<p>DROP_A2 Preis prüfen bei Otto</p>")),
        ("affiliate fr", page("", "<p>DROP_A3 Voir le prix sur Fnac</p>")),
        ("affiliate es", page("", "<p>DROP_A4 Ver precio en Amazon</p>")),
        ("affiliate ru", page("", "<p>DROP_A5 Узнать цену в магазине</p>")),
    ]);
}

#[test]
fn junk_and_repetition() {
    let repeated = "<p>KEEP_REPEAT This paragraph is printed twice by the publisher's template.</p>";
    check(&[
        (
            "contact footer",
            page(
                "",
                "<p>DROP_CONTACT Example News feedback@example.org +74951234567 Agency 252 60</p>",
            ),
        ),
        ("locale", page("", "<p>en_EN</p>")),
        ("bare url", page("", "<p>https://cdn.example.com/img/DROP_URL.jpg</p>")),
        ("json", page("", "<p>{\"DROP_JSON\": true, \"w\": 1920}</p>")),
        (
            "repeated",
            page("", &format!("{repeated}<div class='box'>{repeated}</div>")),
        ),
        (
            "escaped noscript",
            page(
                "",
                "<noscript>&lt;img src=\"https://t.example/DROP_PIXEL.gif\" width=1 height=1&gt;</noscript>",
            ),
        ),
        (
            "noscript markup",
            page(
                "",
                "<noscript><p>KEEP_FALLBACK What a reader without scripts sees, a paragraph in full.</p></noscript>",
            ),
        ),
    ]);
    // The same paragraph in another element of the page: kept once.
    let html = page("", &format!("{repeated}<div class='box'>{repeated}</div>"));
    let text = extract(&html, &Options::new()).unwrap().text();
    assert_eq!(
        text.matches("KEEP_REPEAT").count(),
        1,
        "a repeated paragraph is kept once"
    );
    // Repeated among its own siblings, it is the content's own repetition.
    let step = "<li>KEEP_STEP Warm up with ten minutes of easy jogging and drills.</li>";
    let plan = format!("<ol>{step}<li>Monday: six intervals of four hundred metres.</li>{step}</ol>");
    let text = extract(&page("", &plan), &Options::new()).unwrap().text();
    assert_eq!(
        text.matches("KEEP_STEP").count(),
        2,
        "a plan's recurring step stays: {text}"
    );
    // Unless it comes back with its neighbour: a passage printed twice.
    let passage = "<p>KEEP_COPY_A The exhibition opens at the gallery in May, the first since spring.</p>\
                   <p>KEEP_COPY_B It shows a century of portraits taken by the family's photographers.</p>";
    let text = extract(&page("", &passage.repeat(2)), &Options::new()).unwrap().text();
    for copy in ["KEEP_COPY_A", "KEEP_COPY_B"] {
        assert_eq!(text.matches(copy).count(), 1, "a copied passage is kept once: {text}");
    }
    // Chrome with no room for a marker: the text itself must go.
    for (chrome, gone) in [
        ("<p>1920 1080 true</p><p>1920 1440 true</p>", "1920"),
        ("<p>en_EN</p>", "en_EN"),
        ("<div class='box'><h3>Comments</h3><p>No comment</p></div>", "comment"),
        ("<p>CommentsNo comment</p>", "comment"),
        ("<p>2025-12-28T18:00+0000</p>", "2025"),
        ("<p>News</p>", "News"),
    ] {
        let t = extract(&page("", chrome), &Options::new()).unwrap().text();
        assert!(
            !t.to_lowercase().contains(&gone.to_lowercase()),
            "{chrome}: kept {gone:?} in {t:?}"
        );
    }
}

#[test]
fn script_data_never_draws_the_selection() {
    // A large JSON blob left in a div outweighs the prose in characters; it
    // must neither be emitted nor pull the selection away from the article.
    let blob = format!(
        "<div class='data'>{{\"DROP_JSON\": [{}]}}</div>",
        (0..400)
            .map(|i| format!("{{\"id\": {i}, \"sku\": \"A{i}\"}}"))
            .collect::<Vec<_>>()
            .join(",")
    );
    check(&[("json blob", page(&blob, ""))]);
}

#[test]
fn pages_of_headings_keep_them() {
    // A category page whose items are headings: the headings are the content.
    let html = "<html><body><main><ul>\
        <li><a href='/radios'><h2>Radios (4)</h2></a></li>\
        <li><a href='/speakers'><h2>Bluetooth Speakers (44)</h2></a></li>\
        <li><a href='/banks'><h2>Power Banks (158)</h2></a></li>\
        </ul></main></body></html>";
    let text = extract(html, &Options::new()).unwrap().text();
    assert!(
        text.contains("Radios (4)") && text.contains("Power Banks (158)"),
        "{text:?}"
    );
    // A lone short heading is a notice's label, not content.
    let html = "<html><body><div class='consent'><h2>Before you continue</h2></div></body></html>";
    assert_eq!(extract(html, &Options::new()).unwrap().text(), "");
}

#[test]
fn a_consent_notice_beside_prose_is_no_wall() {
    let notice = "<div class='consent'><p>We use cookies to improve your experience. \
        Accept all cookies or manage cookie settings.</p><button>Accept all cookies</button></div>";
    let prose = "<p>A good safety programme screens every renter before the keys change hands, \
        checks the licence against the booking, and records the state of the vehicle at the counter \
        so that losses can be reported and settled without dispute.</p>";
    let wall = format!("<html><body>{notice}<main><h1>Vehicle rentals</h1></main></body></html>");
    let article = format!("<html><body>{notice}<main><h1>Vehicle rentals</h1>{prose}</main></body></html>");
    assert_eq!(
        extract(&wall, &Options::new()).unwrap().verdict,
        pith::Verdict::CookieWall
    );
    assert_eq!(
        extract(&article, &Options::new()).unwrap().verdict,
        pith::Verdict::Article
    );
}

#[test]
fn permalink_signs_beside_headings_go() {
    let html = page(
        "",
        "<h2>KEEP_USAGE Usage<a class='headerlink' href='#usage' title='Link to this heading'>¶</a></h2>\
         <p>KEEP_AFTER The section under the heading explains the usage in some detail.</p>",
    );
    let text = extract(&html, &Options::new()).expect("extracts").text();
    assert!(
        text.contains("KEEP_USAGE Usage") && text.contains("KEEP_AFTER"),
        "{text}"
    );
    assert!(!text.contains('¶'), "{text}");
}

#[test]
fn a_streamed_segment_is_content_not_hidden() {
    // Server-side rendering that streams: the article was not ready when
    // the page began, so the page shows a placeholder and sends the
    // article at its end in a hidden `S:0` segment, which a script moves
    // into place. A reader sees the article; other hidden markup stays out.
    let html = "<html><body><header><nav><a href='/'>Home</a> <a href='/markets'>Markets</a></nav></header>\
        <main><h1>How to Invest in Index Funds</h1><div class='key-points'><h2>Key points</h2><ul>\
        <li>Index funds track major financial indexes, for broad investment without picking stocks.</li>\
        <li>Investing in them means choosing an index, a low-cost fund and a brokerage to buy from.</li>\
        <li>Returns from different index funds vary, which makes a diversified approach important.</li></ul></div>\
        <!--$?--><template id='B:0'></template><div class='skeleton'></div><!--/$--></main>\
        <div hidden id='hidden-menu'><p>Settings panel text that nobody sees until a click opens it.</p></div>\
        <div hidden id='S:0'><div class='article-body'>\
        <p>You do not need to be an expert to be a good investor, and index funds are a big reason why.</p>\
        <p>An index fund tracks a financial index such as a broad stock market index, at a low cost.</p>\
        <p>Choosing one comes down to the index it follows, its fees, and the brokerage that sells it.</p>\
        </div></div><script>$RC('B:0','S:0')</script></body></html>";
    let text = extract(html, &Options::new()).unwrap().text();
    assert!(
        text.contains("Key points")
            && text.contains("index funds are a big reason why")
            && text.contains("the brokerage that sells it"),
        "{text:?}"
    );
    assert!(!text.contains("Settings panel"), "{text:?}");
}

#[test]
fn a_post_frame_and_a_page_tools_labels_go() {
    // Labels with no room for a marker: the text itself must go, and the
    // posts around it stay.
    for (chrome, gone) in [
        (
            "<div class='user'><p>Well-known member</p><p>Posts: 1,077</p><p>Join Date: Aug 2008</p></div>",
            "member",
        ),
        ("<div class='user'><p>Join Date: Aug 2008</p></div>", "2008"),
        ("<div class='user'><p>Beiträge: 523</p></div>", "523"),
        ("<blockquote><p>Click to expand...</p></blockquote>", "expand"),
        ("<p>Was this helpful?</p>", "helpful"),
        ("<p>Verified Buyer</p>", "verified"),
        ("<h3>Table of contents</h3>", "contents"),
    ] {
        let t = extract(&page("", chrome), &Options::new()).unwrap().text();
        assert!(!t.to_lowercase().contains(gone), "{chrome}: kept {gone:?} in {t:?}");
        assert!(t.contains("KEEP_TWO"), "{chrome}: lost the article in {t:?}");
    }
    // A figure in a sentence, or a long label, is text.
    let t = extract(
        &page(
            "",
            "<p>KEEP_POSTS Posts: 12 of them were written by the editors themselves, in March.</p>",
        ),
        &Options::new(),
    )
    .unwrap()
    .text();
    assert!(t.contains("KEEP_POSTS"), "{t:?}");
}

#[test]
fn the_page_footer_is_chrome_on_an_empty_shell() {
    // A shop page whose product a script renders: the saved markup holds
    // an empty mount point and the footer's link lists, which are then
    // most of the page's text. They are still chrome.
    let column = |head: &str, items: &[&str]| {
        let links: String = items
            .iter()
            .map(|i| format!("<dd><a href='/{i}'>{i}</a>, </dd>"))
            .collect();
        format!("<dl><dt>{head}</dt>{links}</dl>")
    };
    let html = format!(
        "<html><head><title>Wireless earbuds</title></head><body><div id='root'></div>\
         <footer><div class='site-footer'>{}{}{}</div></footer></body></html>",
        column(
            "Help",
            &[
                "Help Center",
                "Disputes and Reports",
                "Return and refund policy",
                "Recalls"
            ]
        ),
        column(
            "Browse by Category",
            &["All Popular", "Product", "Promotion", "Low Price", "Great Value"]
        ),
        column(
            "Group sites",
            &["Marketplace", "Cloud", "Payments", "Travel", "Messaging", "Wholesale"]
        ),
    );
    let article = extract(&html, &Options::new()).unwrap();
    assert_eq!(article.text(), "", "{:?}", article.text());
    assert_ne!(article.verdict, pith::Verdict::Article);
    // So is a footer holding a line of prose. An element only named a
    // footer by its class keeps the guard: a page builder's content column
    // (`wrap-footer`) that holds the page's prose stays.
    let prose = |tag: &str| {
        format!(
            "<html><body><div id='root'></div><{tag}><p>KEEP_NOTE The shop is closed for the \
             holidays and reopens on the second of January with new stock.</p></{}></body></html>",
            tag.split(' ').next().unwrap_or(tag)
        )
    };
    assert_eq!(extract(&prose("footer"), &Options::new()).unwrap().text(), "");
    let named = prose("div class='wrap-footer'");
    assert!(extract(&named, &Options::new()).unwrap().text().contains("KEEP_NOTE"));
}

#[test]
fn a_consent_dialog_is_chrome_beside_short_items() {
    // A listing of short linked items, and a consent manager's settings
    // whose descriptions of cookies are most of the page's prose.
    let items: String = (1..=12)
        .map(|n| format!("<li><a href='/r/{n}'>KEEP_ITEM{n} Tomato sauce number {n}</a></li>"))
        .collect();
    let descriptions = "<p>DROP_COOKIES These cookies allow us to count visits and traffic sources so we can \
         measure and improve the performance of our site, and they help us know which pages are the most \
         and least popular.</p>"
        .repeat(6);
    let listing = |settings_attrs: &str| {
        format!(
            "<html><head><title>Tomato sauces</title></head><body><main><h1>KEEP_HEAD Tomato sauces</h1>\
             <ul class='cards'>{items}</ul></main><div {settings_attrs}><h2>Privacy preference centre</h2>\
             {descriptions}</div></body></html>"
        )
    };
    // Named by its id (a consent manager's container), or a dialog.
    for attrs in [
        "id='vendor-consent-sdk'",
        "class='cmp-gdpr-settings'",
        "class='prefs' role='dialog'",
    ] {
        let text = extract(&listing(attrs), &Options::new()).unwrap().text();
        assert!(!text.contains("DROP_COOKIES"), "{attrs}: {text:?}");
        assert!(
            text.contains("KEEP_ITEM3") && text.contains("KEEP_ITEM11"),
            "{attrs}: {text:?}"
        );
    }
}

#[test]
fn a_chrome_label_drops_the_whole_section_it_heads() {
    // A shop's carousel of other items under its label: more blocks
    // than a label's count reaches (each card is a title, a condition and
    // two prices), some of them headings of a lower rank. The section ends
    // at the next heading of the label's rank, whose content stays.
    let cards: String = (1..=6)
        .map(|n| {
            format!(
                "<li><div class='card'><h3>DROP_CARD{n} Vintage floral blouse, size {n}</h3>\
                 <span>Pre-owned · Private</span><span>$ {n}.99</span><span>+ $ 4.50 delivery</span></div></li>"
            )
        })
        .collect();
    let item = "<div class='item'><h1>Linen summer blouse</h1>\
                <p>KEEP_ONE A loose linen blouse with a tie neck, cut long and washed soft for summer days.</p>\
                <p>KEEP_TWO Condition: new with tags, sent within two working days of payment.</p></div>";
    // A shop's labels for other items: "Similar items", "Explore related items"...
    let table: Vec<(&str, String)> = ["Similar items", "Explore related items", "More like this", "More in this category"]
        .iter()
        .map(|label| {
            let html = format!(
                "<html><head><title>Linen summer blouse</title></head><body><main>{item}\
                 <div class='river'><section><div class='head'><h2>{label}</h2></div>\
                 <div class='carousel'><ul>{cards}</ul></div></section>\
                 <section><h2>About this item</h2><p>KEEP_ABOUT The seller answers questions within a day, in English or French.</p>\
                 </section></div></main></body></html>"
            );
            (*label, html)
        })
        .collect();
    check(&table);
}

#[test]
fn a_chrome_label_inside_prose_drops_only_its_lines() {
    // The label is not the first block of its container: what follows it in
    // the same column is the article's own, from the next heading on (here
    // of a lower rank, which would not end a section the label headed).
    let html = page(
        "",
        "<h3>Related articles</h3><p>DROP_REL A story from last week</p>\
         <h4>KEEP_HEAD What comes next</h4><p>KEEP_AFTER The council will vote on the plan in March, after a public hearing.</p>",
    );
    check(&[("label in prose", html)]);
}
