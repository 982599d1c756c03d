//! Table-driven metadata tests: each row is a small authored page, the field
//! it exercises and the value pith must return. One row per source and per
//! conflict rule of the metadata reader.

use pith::{extract, Metadata, Options};

/// A page with `head` in its `<head>` and `body` before an article of
/// enough prose to be content.
fn page(head: &str, body: &str) -> String {
    format!(
        "<html><head>{head}</head><body>{body}<article>\
         <p>The first paragraph of the article says something of substance, at some length.</p>\
         <p>A second paragraph continues the story, with details, figures and a quote.</p>\
         </article></body></html>"
    )
}

fn metadata(html: &str) -> Metadata {
    extract(html, &Options::new()).expect("extracts").metadata
}

type Field = fn(&Metadata) -> Option<String>;

fn title(m: &Metadata) -> Option<String> {
    m.title.clone()
}
fn authors(m: &Metadata) -> Option<String> {
    (!m.authors.is_empty()).then(|| m.authors.join("; "))
}
fn date(m: &Metadata) -> Option<String> {
    m.date.clone()
}
fn site(m: &Metadata) -> Option<String> {
    m.site_name.clone()
}
fn description(m: &Metadata) -> Option<String> {
    m.description.clone()
}
fn language(m: &Metadata) -> Option<String> {
    m.language.clone()
}

fn check(table: &[(&str, String, Field, Option<&str>)]) {
    let mut failures = Vec::new();
    for (name, html, field, want) in table {
        let got = field(&metadata(html));
        if got.as_deref() != *want {
            failures.push(format!("{name}: expected {want:?}, got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn titles() {
    check(&[
        (
            "title tag loses the site name",
            page("<title>What is X? | Example Site</title>", ""),
            title,
            Some("What is X?"),
        ),
        (
            "og:title outranks the title tag",
            page(
                "<title>Old | Site</title><meta property='og:title' content='Open Graph headline here'>",
                "",
            ),
            title,
            Some("Open Graph headline here"),
        ),
        (
            "Dublin Core outranks Open Graph",
            page(
                "<meta property='og:title' content='OG title'><meta property='dc:title' content='DC title'>",
                "",
            ),
            title,
            Some("DC title"),
        ),
        (
            "several RDFa properties in one attribute",
            page("<meta property='x:title dc:title' content='Preferred title'>", ""),
            title,
            Some("Preferred title"),
        ),
        (
            "visible heading wins when the meta title adds a tagline",
            page(
                "<title>Ten rules for gardens - and why they matter | Site</title>",
                "<h1>Ten rules for gardens</h1>",
            ),
            title,
            Some("Ten rules for gardens"),
        ),
        (
            "visible heading wins when it rewords the meta title",
            page(
                "<meta property='og:title' content='Winter care for urban vegetable gardens'>",
                "<h1>How to care for urban vegetable gardens in winter</h1>",
            ),
            title,
            Some("How to care for urban vegetable gardens in winter"),
        ),
        (
            "a logo heading unrelated to the title loses",
            page(
                "<meta property='og:title' content='Council approves the new bridge budget'>",
                "<h1>Daily Courier</h1>",
            ),
            title,
            Some("Council approves the new bridge budget"),
        ),
        (
            "a heading's permalink sign is no part of the title",
            page("<title>Quickstart</title>", "<h1>Quickstart<a class='headerlink' href='#quickstart'>¶</a></h1>"),
            title,
            Some("Quickstart"),
        ),
        (
            "a heading's buttons and hidden tooltips are no part of the title",
            page(
                "<title>tokio - Docs</title>",
                "<h1>Crate <span>tokio</span> <button>Copy item path</button>\
                 <span hidden>Save and categorize content</span></h1>",
            ),
            title,
            Some("Crate tokio"),
        ),
        (
            "a thread's prefix label is no part of the title",
            page(
                "<title>ProxMox or Debian for virtualization? | Home Lab Forums</title>",
                "<h1><span class='label label--primary'>Tips</span><span class='label-append'>&nbsp;</span>\
                 ProxMox or Debian for virtualization?</h1>",
            ),
            title,
            Some("ProxMox or Debian for virtualization?"),
        ),
        (
            "a label word apart before the heading's title is no part of it",
            page(
                "<title>Which web host do you trust?</title>",
                "<h1> Thread: <span class='threadtitle'><a href='/t/1'>Which web host do you trust now?</a></span></h1>",
            ),
            title,
            Some("Which web host do you trust now?"),
        ),
        (
            "a colon in the heading's own words stays",
            page(
                "<title>Review: the quiet keyboard | Desk Notes</title>",
                "<h1>Review: the quiet keyboard</h1>",
            ),
            title,
            Some("Review: the quiet keyboard"),
        ),
        (
            "a heading repeating the whole <title> loses its site name too",
            page(
                "<title>How to help babies sleep | Patient Education | City Hospital</title>",
                "<h1>How to help babies sleep | Patient Education | City Hospital</h1>",
            ),
            title,
            Some("How to help babies sleep"),
        ),
        (
            "of two headings agreeing with the title, the one without the site's forum name",
            page(
                "<title>Tips from a first visit - Travel Forum - Travel Site</title>",
                "<h1>Tips from a first visit - Travel Forum</h1><h1>Tips from a first visit</h1>",
            ),
            title,
            Some("Tips from a first visit"),
        ),
        (
            "a blog's name in the heading is its masthead: the host names it",
            page(
                "<title>Silicon Exposed: Open flow for programmable logic</title>\
                 <link rel='canonical' href='https://siliconexposed.example.org/2016/open-flow.html'>",
                "<h1>Silicon Exposed</h1>",
            ),
            title,
            Some("Open flow for programmable logic"),
        ),
        (
            "a blog's name in the heading is its masthead: the site name names it",
            page(
                "<meta property='og:site_name' content=\"Ann's Notebook\">\
                 <meta property='og:title' content=\"Ann's Notebook: Advent of Code, week two\">",
                "<h1>Ann's Notebook</h1><h2>Day 7</h2>",
            ),
            title,
            Some("Advent of Code, week two"),
        ),
        (
            "a category's heading that opens the title is the title",
            page(
                "<title>Hiking Boots: Shop Boots for Hiking &amp; Backpacking | Outdoor Co-op</title>\
                 <link rel='canonical' href='https://www.outdoor.example/c/hiking-boots'>",
                "<h1>Hiking Boots</h1>",
            ),
            title,
            Some("Hiking Boots"),
        ),
        (
            "soft hyphens and zero-width spaces do not split words",
            page("<title>Home Repair Assis&shy;tance Pro&#8203;gram</title>", ""),
            title,
            Some("Home Repair Assistance Program"),
        ),
        (
            "JSON-LD headline inside a CDATA section",
            page(
                "<script type='application/ld+json'><![CDATA[{\"@type\":\"NewsArticle\",\"headline\":\"From structured data\"}]]></script>",
                "",
            ),
            title,
            Some("From structured data"),
        ),
    ]);
}

#[test]
fn author_sources() {
    let ld = |a: &str| format!("<script type='application/ld+json'>{{\"@type\":\"Article\",\"author\":{a}}}</script>");
    check(&[
        ("JSON-LD object", page(&ld("{\"@type\":\"Person\",\"name\":\"Ann Lee\"}"), ""), authors, Some("Ann Lee")),
        (
            "JSON-LD array",
            page(&ld("[{\"name\":\"Ann Lee\"},\"Bob Roe\"]"), ""),
            authors,
            Some("Ann Lee; Bob Roe"),
        ),
        (
            "JSON-LD author of the page's main entity",
            page(
                "<script type='application/ld+json'>{\"@type\":\"QAPage\",\"mainEntity\":{\"@type\":\"Question\",\"author\":{\"name\":\"jane_doe42\"}}}</script>",
                "",
            ),
            authors,
            Some("jane_doe42"),
        ),
        ("meta author", page("<meta name='author' content='Ann Lee'>", ""), authors, Some("Ann Lee")),
        (
            "Dublin Core creator outranks meta author",
            page("<meta name='author' content='Someone Else'><meta property='dc:creator' content='Ann Lee'>", ""),
            authors,
            Some("Ann Lee"),
        ),
        (
            "microdata name in a meta content",
            page("", "<div itemprop='author' itemscope><meta itemprop='name' content='Ann Lee'></div>"),
            authors,
            Some("Ann Lee"),
        ),
        ("rel=author link", page("", "<a rel='author' href='/about'>Ann Lee</a>"), authors, Some("Ann Lee")),
        ("author page link", page("", "<a href='/author/ann-lee'>Ann Lee</a>"), authors, Some("Ann Lee")),
        (
            "By prefix, list split",
            page("", "<p>By Ann Lee, Bob Roe and Cy Poe</p>"),
            authors,
            Some("Ann Lee; Bob Roe; Cy Poe"),
        ),
        (
            "standalone 'Written by' and the name in the next element",
            page("", "<div><p>Written by</p><p>Ann Lee</p></div>"),
            authors,
            Some("Ann Lee"),
        ),
        ("German byline", page("", "<p>Von Anna Schmidt</p>"), authors, Some("Anna Schmidt")),
        ("forum user name", page("", "<a class='username' href='/u/1'>b.scherer</a>"), authors, Some("b.scherer")),
        (
            "citation authors, family name first",
            page(
                "<meta name='citation_author' content='Lee, Ann'><meta name='citation_author' content='Roe, Bob'>",
                "",
            ),
            authors,
            Some("Ann Lee; Bob Roe"),
        ),
        (
            "byline element, the first that names someone",
            page("", "<div class='author'>March 5, 2025</div><span class='author-name'>Ann Lee</span>"),
            authors,
            Some("Ann Lee"),
        ),
        ("a label in a byline element is no name", page("", "<span class='author'>Personal finance</span>"), authors, None),
        ("data-author attribute", page("", "<div data-author='jdoe99'></div>"), authors, Some("jdoe99")),
    ]);
}

#[test]
fn author_conflicts() {
    check(&[
        (
            "a job title after the name is dropped",
            page("<meta name='author' content='Ann Lee, Senior Editor'>", ""),
            authors,
            Some("Ann Lee"),
        ),
        (
            "the publisher is named only when no person is",
            page(
                "<meta property='og:site_name' content='Daily Courier'><meta name='author' content='Daily Courier'>",
                "<p class='byline'>By Ann Lee</p>",
            ),
            authors,
            Some("Ann Lee"),
        ),
        (
            "the publisher outranks a role standing alone",
            page(
                "<meta property='og:site_name' content='Daily Courier'><meta name='author' content='Daily Courier'>",
                "<p class='byline'>By <span>Staff Writer</span></p>",
            ),
            authors,
            Some("Daily Courier"),
        ),
        (
            "a role alone is the author",
            page("<meta name='author' content='Staff Clinician'>", ""),
            authors,
            Some("Staff Clinician"),
        ),
        (
            "'By Region' in a menu is no byline",
            page("", "<nav><a href='/r'>By Region</a></nav>"),
            authors,
            None,
        ),
        (
            "link texts beside the name are dropped",
            page("", "<a href='/author/ann-lee'>View all posts</a>"),
            authors,
            None,
        ),
        (
            "a date in a byline is no name",
            page("", "<p>By Ann Lee | March 5, 2025</p>"),
            authors,
            Some("Ann Lee"),
        ),
        (
            "a 10,000-character author field is skipped",
            page(&format!("<meta name='author' content='{}'>", "x".repeat(10_000)), ""),
            authors,
            None,
        ),
    ]);
}

#[test]
fn dates() {
    let ld = |fields: &str| format!("<script type='application/ld+json'>{{\"@type\":\"Article\",{fields}}}</script>");
    check(&[
        (
            "JSON-LD",
            page(&ld("\"datePublished\":\"2025-01-15T10:00:00Z\""), ""),
            date,
            Some("2025-01-15"),
        ),
        (
            "JSON-LD outranks article:published_time",
            page(
                &format!(
                    "{}<meta property='article:published_time' content='2025-03-01T00:00:00Z'>",
                    ld("\"datePublished\":\"2025-01-15\"")
                ),
                "",
            ),
            date,
            Some("2025-01-15"),
        ),
        (
            "a declared date after the modified date is kept (scheduled post)",
            page(
                &ld("\"datePublished\":\"2025-12-19T22:08:00\",\"dateModified\":\"2025-12-18T05:15:25\""),
                "",
            ),
            date,
            Some("2025-12-19"),
        ),
        (
            "a record's stamp (published not before modified) yields to the date the page shows",
            page(
                &ld("\"datePublished\":\"Jun 24, 2025\",\"dateModified\":\"Jun 24, 2025\""),
                "<div class='post-meta'><span class='text__date'>August 25, 2024</span></div>",
            ),
            date,
            Some("2024-08-25"),
        ),
        (
            "a declared date before its modified date stands, whatever the page shows away from its headline",
            page(
                &ld("\"datePublished\":\"2025-01-15\",\"dateModified\":\"2025-03-01\""),
                "<div class='post-meta'><span class='date'>August 25, 2024</span></div>",
            ),
            date,
            Some("2025-01-15"),
        ),
        (
            "the date under the headline, earlier than the declared one, is the page's (the declared is a republishing's stamp)",
            page(
                &ld("\"datePublished\":\"2025-06-12\",\"dateModified\":\"2025-06-20\""),
                "<header><h1>A fitness protocol</h1><p class='meta'>November 2, 2022 | Newsletter</p></header>",
            ),
            date,
            Some("2022-11-02"),
        ),
        (
            "a date under the headline later than the declared one leaves it",
            page(
                &ld("\"datePublished\":\"2025-06-12\",\"dateModified\":\"2025-06-20\""),
                "<header><h1>A fitness protocol</h1><p class='meta'>December 1, 2025</p></header>",
            ),
            date,
            Some("2025-06-12"),
        ),
        (
            "a member's join date under a thread's headline is not the page's",
            page(
                &ld("\"datePublished\":\"2024-09-11\""),
                "<h1>Which lens for birds?</h1><dl><dd>Joined: 4 July 2012</dd></dl>",
            ),
            date,
            Some("2024-09-11"),
        ),
        (
            "nor one its term labels",
            page(
                &ld("\"datePublished\":\"2024-09-11\""),
                "<h1>Which lens for birds?</h1><dl><dt>Joined</dt> <dd>Nov 4, 2011</dd></dl>",
            ),
            date,
            Some("2024-09-11"),
        ),
        (
            "an update date under the headline is not the publication's",
            page(
                &ld("\"datePublished\":\"2024-09-11\""),
                "<h1>Which lens for birds?</h1><p>Updated July 4, 2023</p>",
            ),
            date,
            Some("2024-09-11"),
        ),
        (
            "the article's text ends the headline's header",
            page(
                &ld("\"datePublished\":\"2025-06-12\""),
                &format!(
                    "<h1>A history of the club</h1><p>{}</p><p>On March 3, 2020 we moved.</p>",
                    "The club was founded by six friends who met every week to walk the hills. ".repeat(4)
                ),
            ),
            date,
            Some("2025-06-12"),
        ),
        (
            "on an undeclared page, the headline's date outranks a date in the menu above it",
            page(
                "",
                "<nav><time datetime='2025-01-31'>01/31/2025</time></nav><h1>Candidate experience</h1>\
                 <p>March 1, 2017 by Agatha</p>",
            ),
            date,
            Some("2017-03-01"),
        ),
        (
            "a time element under the headline is read by its datetime",
            page(
                "",
                "<h1>Our tech stack</h1><div><time datetime='2024-12-20'>August 28, 2024</time></div>",
            ),
            date,
            Some("2024-12-20"),
        ),
        (
            "a comment's date is not the date the page shows",
            page(
                &ld("\"datePublished\":\"2025-12-11\",\"dateModified\":\"2025-12-11\""),
                "<div id='comments' class='comments-area'><div class='comment-meta'>\
                 <span class='comment-time'><time datetime='2022-11-15'>November 15, 2022</time></span></div></div>",
            ),
            date,
            Some("2025-12-11"),
        ),
        (
            "a date found in the page is never after the modified date",
            page(
                "<meta property='article:modified_time' content='2025-02-01'>",
                "<p>Published on March 3, 2025</p>",
            ),
            date,
            Some("2025-02-01"),
        ),
        (
            "a page that shows no publication date is dated by its last change",
            page(
                "<meta property='article:modified_time' content='2023-06-12T10:39:42+00:00'>",
                "<p>No date in the text.</p>",
            ),
            date,
            Some("2023-06-12"),
        ),
        (
            "time element",
            page("", "<time datetime='2024-07-04T09:00:00-04:00'>July 4</time>"),
            date,
            Some("2024-07-04"),
        ),
        (
            "microdata",
            page("", "<span itemprop='datePublished' content='2023-05-17'>May 17</span>"),
            date,
            Some("2023-05-17"),
        ),
        (
            "microdata creation date, the post's before its comments'",
            page(
                "",
                "<div itemscope itemtype='http://schema.org/BlogPosting'>\
                 <meta content='2024-07-03 07:57:13 -0700' itemprop='dateCreated'></div>\
                 <div itemscope itemtype='http://schema.org/Comment'>\
                 <meta content='2024-07-05T08:30:35-07:00' itemprop='dateCreated'></div>",
            ),
            date,
            Some("2024-07-03"),
        ),
        (
            "a question's creation time, not the first comment's publication below it",
            page(
                "",
                "<div><time itemprop='dateCreated' datetime='2011-02-11 23:49:17Z'>14 years ago</time>\
                 <p>How do I keep bread fresh?</p></div>\
                 <div class='comment'><div itemprop='datePublished'>2011-02-12 01:30:35 +00:00</div>\
                 <p>Freeze it.</p></div>",
            ),
            date,
            Some("2011-02-11"),
        ),
        (
            "a published-date meta",
            page(
                "<meta name='published-date' content='2021-02-16'>",
                "<p>No date in the text.</p>",
            ),
            date,
            Some("2021-02-16"),
        ),
        (
            "German byline date",
            page("", "<p>Veröffentlicht am 15. Januar 2025</p>"),
            date,
            Some("2025-01-15"),
        ),
        (
            "French",
            page("", "<p>Publié le 4 septembre 2025</p>"),
            date,
            Some("2025-09-04"),
        ),
        (
            "Spanish",
            page("", "<p>Publicado el 15 de enero de 2025</p>"),
            date,
            Some("2025-01-15"),
        ),
        (
            "Russian",
            page("", "<p>Опубликовано 15 января 2025</p>"),
            date,
            Some("2025-01-15"),
        ),
        (
            "an update date stands in when the page shows no other",
            page("", "<p><span>Updated May 6, 2025</span></p>"),
            date,
            Some("2025-05-06"),
        ),
        (
            "a publication date outranks an update date",
            page("", "<p>Updated May 6, 2025</p><p>Posted on April 2, 2025</p>"),
            date,
            Some("2025-04-02"),
        ),
        (
            "impossible date skipped",
            page(&ld("\"datePublished\":\"2025-02-30\""), ""),
            date,
            None,
        ),
        (
            "a copyright year alone is no date",
            page("", "<footer>© 2024 Daily Courier</footer>"),
            date,
            None,
        ),
    ]);
}

#[test]
fn site_description_language() {
    check(&[
        ("og:site_name", page("<meta property='og:site_name' content='Daily Courier'>", ""), site, Some("Daily Courier")),
        (
            "JSON-LD publisher",
            page(
                "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"publisher\":{\"name\":\"Courier Media\"}}</script>",
                "",
            ),
            site,
            Some("Courier Media"),
        ),
        (
            "title suffix",
            page("<title>Council approves the bridge budget | Daily Courier</title>", ""),
            site,
            Some("Daily Courier"),
        ),
        (
            "the title's last segment names the site",
            page("<title>How to help babies sleep | Patient Education | City Hospital</title>", ""),
            site,
            Some("City Hospital"),
        ),
        ("meta description", page("<meta name='description' content='A summary.'>", ""), description, Some("A summary.")),
        (
            "double-escaped entities decoded",
            page("<meta name='description' content='That&amp;#039;s all'>", ""),
            description,
            Some("That's all"),
        ),
        (
            "the first paragraph stands in for a missing description",
            page("", ""),
            description,
            Some("The first paragraph of the article says something of substance, at some length."),
        ),
        ("html lang", "<html lang='de_at'><body><p>Text.</p></body></html>".to_owned(), language, Some("de-AT")),
        ("og:locale", page("<meta property='og:locale' content='fr_FR'>", ""), language, Some("fr-FR")),
        (
            "undeclared language detected from the text",
            "<html><body><article><p>Cuando llegan las primeras heladas, muchos aficionados dan por terminada la \
             temporada y abandonan sus bancales hasta la primavera. Es un error: el invierno es el momento de \
             preparar la tierra y planificar las siembras del año siguiente.</p></article></body></html>"
                .to_owned(),
            language,
            Some("es"),
        ),
    ]);
}

#[test]
fn a_landing_page_is_named_by_its_declared_title() {
    // A service's landing page: its heading is part of its declared title,
    // which an article's heading would win by; on a landing page the
    // heading is a tagline and the declared title names the page.
    let feature = |(t, d): (&str, &str)| format!("<div class='feature'><h3>{t}</h3><p>{d}</p></div>");
    let features: String = [
        (
            "Automations",
            "Send the right email at the right time with journeys that run themselves.",
        ),
        (
            "Templates",
            "Start from a hundred designs made for every season and every kind of business.",
        ),
        (
            "Analytics",
            "See who opened, who clicked and what they bought, in one report.",
        ),
        (
            "Integrations",
            "Connect your shop, your CRM and three hundred other apps in a few clicks.",
        ),
    ]
    .into_iter()
    .map(feature)
    .collect();
    let html = format!(
        "<html><head><title>Email Marketing Tools That Grow Your Business | Postbird</title>\
         <meta property='og:title' content='Email Marketing Tools That Grow Your Business'>\
         <meta property='og:site_name' content='Postbird'></head><body><header><nav><a href='/'>Home</a> \
         <a href='/pricing'>Pricing</a> <a href='/login'>Log in</a></nav></header><main><section class='hero'>\
         <h1>Email marketing tools</h1><p>Grow your business with email marketing tools that turn subscribers \
         into customers.</p><a class='button' href='/signup'>Start free trial</a></section>\
         <section class='features'>{features}</section><section class='cta'><h2>Plans for every business</h2>\
         <p>Start free, then pay as your audience grows. No contracts, cancel any time.</p>\
         <a class='button' href='/pricing'>See pricing</a></section></main><footer><p>© 2026 Postbird</p></footer>\
         </body></html>"
    );
    let article = extract(&html, &Options::new()).unwrap();
    assert_eq!(article.page_type, pith::PageType::Service);
    assert_eq!(
        article.metadata.title.as_deref(),
        Some("Email Marketing Tools That Grow Your Business")
    );
    // The same heading and titles on an article: the heading is the title.
    let html = page(
        "<title>Email Marketing Tools That Grow Your Business | Postbird</title>\
         <meta property='og:title' content='Email Marketing Tools That Grow Your Business'>\
         <meta property='og:type' content='article'>\
         <meta property='article:published_time' content='2026-03-02T09:00:00Z'>",
        "<h1>Email marketing tools</h1><p class='byline'>By Ann Lee</p>",
    );
    assert_eq!(metadata(&html).title.as_deref(), Some("Email marketing tools"));
}
