//! Where the content is: the sections of a landing page, a river of story
//! cards, a grid inside a section named for related items, a main column
//! named for its sidebar are content; a live feed beside a short story is
//! not. Each page carries `KEEP_` and `DROP_` markers (see `tests/common`).

mod common;

use common::{check, page};
use pith::{extract, Options};

#[test]
fn a_main_landmark_of_link_cells_is_still_content() {
    // A results page whose `<main>` holds only a table of linked names and
    // scores: no prose for the region selection, which settles on the
    // copyright line below (then dropped as chrome). The page declares the
    // table its main content, so the page is not empty.
    let html = "<html><body><header><nav><a href='/'>Home</a> <a href='/scores'>Scores</a></nav></header>\
        <main><div class='layout'><section class='card'><h1>Schedule</h1>\
        <div class='title'>Sunday, February 8</div><table><thead><tr><th colspan=2><div>Matchup</div></th>\
        <th><div>Final result</div></th></tr></thead><tbody><tr><td><span><a href='/t/a'><img src='a.png' alt=''></a>\
        <a href='/t/a'>Rivertown</a></span></td><td><span>v</span> <a href='/t/b'>Hillside</a></td>\
        <td><a href='/g/1'>RIV 21, HIL 14</a></td></tr></tbody></table></section></div></main>\
        <div class='page-footer'><ul><li><a href='/terms'>Terms of Use</a></li></ul>\
        <div>© Sports Network Enterprises, Inc. All rights reserved.</div></div></body></html>";
    let article = extract(html, &Options::new()).unwrap();
    let text = article.text();
    assert_eq!(article.verdict, pith::Verdict::Article, "{text:?}");
    assert!(
        text.contains("Final result") && text.contains("RIV 21, HIL 14"),
        "{text:?}"
    );
    assert!(!text.contains("Terms of Use") && !text.contains("reserved"), "{text:?}");
}

#[test]
fn a_main_column_named_for_its_sidebar_is_content() {
    // A theme's two-column layout: the article sits in `sidebar-content`
    // (the column beside the sidebar) and the sidebar holds long teasers.
    // The column's class reads as chrome and as content; it holds most of
    // its layout's prose, so it stays, and the sidebar goes.
    let para = |s: &str| {
        format!("<p>{s} The garden season ends, and now is the time to plan next year's beds and borders.</p>")
    };
    let body: String = ["First.", "Second.", "Third.", "Fourth.", "Fifth."]
        .iter()
        .map(|s| para(s))
        .collect();
    let teaser = |s: &str| {
        format!("<div class='teaser'><p>{s}: a long teaser for another story on the site, with a summary of what it says about farms.</p></div>")
    };
    let side: String = ["Barns", "Goats", "Tractors", "Hens"]
        .iter()
        .map(|s| teaser(s))
        .collect();
    let html = format!(
        "<html><body><header><nav><a href='/'>Home</a></nav></header><h1>Six Gardening Shows</h1>\
         <section class='hero'><p>We could all use a little help with our home gardens: stream these shows and spark \
         your imagination, from small city plots to the grounds of a castle, with hosts who know their plants.</p></section>\
         <article class='post'><div class='sidebar-layout'><div class='wrap'>\
         <div class='sidebar-content'>{body}</div><aside class='sidebar'>{side}</aside></div></div></article>\
         <footer><p>Copyright Farm Media</p></footer></body></html>"
    );
    let text = extract(&html, &Options::new()).unwrap().text();
    assert!(
        text.contains("First. The garden") && text.contains("Fifth. The garden"),
        "{text:?}"
    );
    assert!(!text.contains("Goats"), "{text:?}");
}

#[test]
fn a_grid_in_a_related_section_is_content_when_little_else_is() {
    // A shop's category page whose product grid (linked cards and their
    // prices) sits in a section named "related-product": pruned as related
    // links, it leaves the page a heading, a line and a filter's labels.
    // The grid is then the content.
    let cards: String = [
        ("KR161", "quarter-acre", "2,099.99"),
        ("KR172", "half-acre", "2,499.99"),
        ("KR173", "three-quarter-acre", "2,999.99"),
        ("KR174", "acre and a quarter", "3,499.99"),
        ("KR233", "three-acre", "8,499.99"),
        ("KR236", "six-acre", "13,799.99"),
    ]
    .iter()
    .map(|(m, size, price)| {
        format!(
            "<div class='card'><a href='/p/{m}'><h3>KEEP_{m}</h3>\
             <p>Robotic mower for a {size} lawn</p></a><span class='price'>$ {price}</span></div>"
        )
    })
    .collect();
    let html = format!(
        "<html><head><title>Robotic lawn mowers</title></head><body><header><nav><a href='/'>Home</a> \
         <a href='/mowers'>Mowers</a></nav></header><main><h1>Robotic lawn mowers</h1><p>Quiet, autonomous mowers for every size of lawn.</p>\
         <div class='filters'><span>OPEN</span> <span>ALL</span></div><section class='related-product'>\
         <div class='grid'>{cards}</div></section></main><footer><a href='/terms'>Terms</a></footer></body></html>"
    );
    let text = extract(&html, &Options::new()).unwrap().text();
    for m in ["KEEP_KR161", "KEEP_KR174", "KEEP_KR236"] {
        assert!(text.contains(m), "lost {m} in {text:?}");
    }
}

#[test]
fn a_landing_pages_sections_are_all_content() {
    // A service's landing page: a hero, three selling points, an accordion
    // of long answers and a testimonial, each section a child of the body.
    // The accordion's prose draws the selection; on a page that reads as a
    // landing page the region is the whole page, sorted by the block model.
    let point = |(t, d): (&str, &str)| {
        format!("<div class='col'><div class='plus'><h3 class='plus__title'>KEEP_{t}</h3><div class='plus__desc'>{d}</div></div></div>")
    };
    let points: String = [
        (
            "Intuitive",
            "Get started in a couple of minutes. Clean and light, no time lost on setup.",
        ),
        (
            "Reliable",
            "Track leads and manage emails with every core feature, at a low price.",
        ),
        (
            "Powerful",
            "Room to grow: automation and forecasts, but only when you need them.",
        ),
    ]
    .into_iter()
    .map(point)
    .collect();
    let answer = |(n, t, d): (usize, &str, &str)| {
        format!("<li class='accordion__item'><h3 class='accordion__title'>0{n} {t}</h3><div class='accordion__content'><p>{d}</p></div></li>")
    };
    let answers: String = [
        (1, "Free tools", "KEEP_TOOLS Postbird is a real bargain for small businesses. Pay for one plan and get extra tools for \
          free: a dialer, web forms, a business card scanner and a lead clipper that saves contacts from any page you \
          visit, all included in every plan without add-ons or hidden fees."),
        (2, "Email sync", "Manage emails from your small business CRM. Track email opens for any contact and connect several \
          addresses to see every conversation in one place, with templates and scheduling that save your team hours \
          every week of the year."),
        (3, "Automation", "Postbird offers simple workflows on all plans, making it easy for small businesses to get rid of \
          repetitive tasks. Move deals along, assign follow-ups and send reminders without lifting a finger, so that no \
          lead is ever forgotten."),
    ]
    .into_iter()
    .map(answer)
    .collect();
    let html = format!(
        "<html><head><title>Postbird | CRM Software for Small Business</title></head><body class='home page-template'>\
         <header class='site-header'><nav><a href='/'>Home</a> <a href='/pricing'>Pricing</a> <a href='/login'>Log in</a></nav></header>\
         <section class='hero' id='hero'><div class='container'><div class='row'><div class='col'>\
         <h1 class='hero__title'><strong>Simple CRM.</strong> Clean and affordable.</h1>\
         <p class='hero__text'>KEEP_HERO Small business CRM used in 80 countries.</p><a class='btn' href='/signup'>Try Free</a>\
         </div></div></div></section><section class='why'><div class='container'><h2>The CRM designed for your small business</h2>\
         <div class='row'>{points}</div></div></section><section class='secret space-bottom'><div class='container'><div class='row'>\
         <div class='col-md-6'><ul class='accordion'>{answers}</ul></div></div></div></section><section class='reviews'>\
         <div class='container'><h2>Small businesses love Postbird</h2><div class='review'><p>KEEP_REVIEW Postbird gives us a sales \
         process, and all we do is follow it.</p><p>Bruce Henry</p></div></div></section>\
         <footer class='site-footer'><p>DROP_FOOTER Postbird Ltd, 12 Harbour Street</p></footer></body></html>"
    );
    let article = extract(&html, &Options::new()).unwrap();
    assert_eq!(article.page_type, pith::PageType::Service);
    let text = article.text();
    for keep in [
        "KEEP_HERO",
        "KEEP_Intuitive",
        "KEEP_Reliable",
        "KEEP_Powerful",
        "KEEP_TOOLS",
        "KEEP_REVIEW",
    ] {
        assert!(text.contains(keep), "lost {keep}: {text:?}");
    }
    assert!(!text.contains("DROP_FOOTER"), "{text:?}");
}

#[test]
fn a_river_of_story_cards_is_content() {
    // A topic page lists stories as cards: each an `<article>` that is
    // nothing but its `<header>` (headline, teaser, byline), the teaser
    // linked a second time to the story and so hidden from screen readers
    // (`aria-hidden="true" tabindex="-1"`), which sighted readers still see.
    let card = |n: usize| {
        format!(
            "<article class='river-article'><a href='/story/{n}' aria-hidden='true' tabindex='-1'><img src='/{n}.jpg' alt=''></a>\
             <header><h2><a href='/story/{n}'>KEEP_HEADLINE{n} Headphone maker number {n} adds new colours to its range</a></h2>\
             <p class='river-desc'><a href='/story/{n}' aria-hidden='true' tabindex='-1'>KEEP_TEASER{n} The company now sells \
             its over-ear model in three more colours, which were previously not offered outside Asia.</a></p>\
             <div class='river-aux'><a href='/editor/{n}'>Writer {n}</a> <time datetime='2025-10-2{n}'>1 month ago</time></div>\
             </header></article>"
        )
    };
    let cards: String = (1..=8).map(card).collect();
    let html = format!(
        "<html><head><title>Headphones news and reviews</title></head><body>\
         <header><nav><a href='/'>Home</a> <a href='/mac'>Mac</a> <a href='/ipad'>iPad</a> <a href='/watch'>Watch</a></nav></header>\
         <main><section class='col-main'><h1>Headphones</h1>{cards}</section></main>\
         <footer><p>Copyright 2025 Example Media</p></footer></body></html>"
    );
    let text = extract(&html, &Options::new()).unwrap().text();
    for n in 1..=8 {
        assert!(
            text.contains(&format!("KEEP_HEADLINE{n} ")),
            "lost headline {n}: {text:?}"
        );
        assert!(text.contains(&format!("KEEP_TEASER{n} ")), "lost teaser {n}: {text:?}");
    }
    // A short link hidden the same way (a footnote's number, a repeated
    // label) stays hidden.
    let footnote = "<p>KEEP_ONE The battery lasts a full day of use.<a href='#fn1' aria-hidden='true' tabindex='-1'>DROP_1</a></p>";
    check(&[("short repeated link", page("", footnote))]);
}

#[test]
fn a_live_feed_beside_a_short_story_is_chrome() {
    // A news page's sidebar carries the newsroom's live feed: more text
    // than the short story beside it, but in an `<aside>`.
    let item = |n: usize| {
        format!(
            "<li class='live-item'><a href='/live/{n}'><span class='time'>14:{n:02}</span> \
             <span class='title'>DROP_FEED{n} Another headline from the newsroom's live coverage, number {n}</span></a>\
             <p>DROP_FEED{n} A paragraph of live coverage follows each headline, with what was said, by whom and \
             what comes next in the story.</p></li>"
        )
    };
    let feed: String = (10..22).map(item).collect();
    let html = format!(
        "<html><body><header><nav><a href='/'>Home</a></nav></header><div role='main'><div class='grid main-content'>\
         <div role='article'><article><h1>A third victim of the earthquake is named</h1>\
         <div class='article-body'><p>KEEP_ONE A third national was killed in Saturday's earthquake, swept away \
         by an avalanche, the foreign minister said on Thursday.</p><p>KEEP_TWO A plane lent by a manufacturer \
         landed on Wednesday morning with fifty-five health and aid workers on board.</p>\
         <p>KEEP_THREE The quake killed nearly 5,500 people and hit eight of the country's 28 million people.</p>\
         </div></article></div>\
         <aside class='mod' id='sidebar' role='complementary'><div class='live'><ul class='live-flux'>{feed}</ul></div></aside>\
         </div></div><footer><p>Copyright News Media</p></footer></body></html>"
    );
    let text = extract(&html, &Options::new()).unwrap().text();
    for keep in ["KEEP_ONE", "KEEP_TWO", "KEEP_THREE"] {
        assert!(text.contains(keep), "lost {keep}: {text:?}");
    }
    assert!(!text.contains("DROP_FEED"), "{text:?}");
    // A banner's `<aside>` that the markup never closes holds the whole
    // page: it is the content.
    let unclosed =
        "<html><body><aside class='announcement-banner'><a href='/news'>Announcement: we joined a larger company</a>\
         <h1>Lessons from five startups</h1><p>KEEP_ONE I had the privilege of speaking at a startup day this spring, \
         about what twenty-five years across five startups taught me.</p><p>KEEP_TWO Each startup taught me something \
         different about people, money and timing, and I distilled it into six topics.</p></body></html>";
    let text = extract(unclosed, &Options::new()).unwrap().text();
    assert!(text.contains("KEEP_ONE") && text.contains("KEEP_TWO"), "{text:?}");
}

#[test]
fn a_landing_pages_section_headers_are_content() {
    // A product's landing page puts each section's heading and pitch in a
    // `<header>` beside a screenshot: the header is all of its cell's
    // text, prose without a page title, so it is the section, not chrome.
    // The site's own header (mostly links) stays chrome, even in a wrapper.
    let section = |n: usize, title: &str| {
        format!(
            "<section class='plate'><div class='grid'><div><header class='w-full'><div class='flex'><h2>{title}</h2></div>\
             <p>KEEP_PITCH{n} Record your screen and camera in a few clicks, on any device, with the browser \
             extension, the desktop app or the phone app, and share the link anywhere.</p></header></div>\
             <div><img src='/shot{n}.png' alt=''></div></div></section>"
        )
    };
    let sections: String = [
        "Lightning fast screen recording",
        "Edit your videos like a pro",
        "Share or embed video anywhere you work",
        "Keep your content safe",
    ]
    .iter()
    .enumerate()
    .map(|(n, t)| section(n + 1, t))
    .collect();
    let html = format!(
        "<html><head><title>Video messaging for work</title></head><body>\
         <div class='site-header-wrap'><header><a href='/'>DROP_BRAND Vidmail</a> <a href='/pricing'>Pricing</a> \
         <a href='/enterprise'>Enterprise</a> <a href='/login'>Sign in</a> <a href='/signup'>Get it free</a></header></div>\
         <main><h1>One video is worth a thousand words</h1>{sections}</main>\
         <footer><p>Copyright Vidmail</p></footer></body></html>"
    );
    let text = extract(&html, &Options::new()).unwrap().text();
    for n in 1..=4 {
        assert!(text.contains(&format!("KEEP_PITCH{n} ")), "lost section {n}: {text:?}");
    }
    assert!(!text.contains("DROP_BRAND"), "{text:?}");
}
