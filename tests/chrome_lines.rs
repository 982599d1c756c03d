//! Chrome lines: a line that stands alone beside an article (a counter, a
//! credit line, a count of results, a shop's or a page's call) is dropped;
//! prose that starts the same way is kept.

mod common;

use common::{check, page};
use pith::{extract, Options};

/// The text of an article page after which `line` stands as a paragraph.
fn text_with_line(line: &str) -> String {
    let html = page("", &format!("<p>{line}</p>"));
    extract(&html, &Options::new()).expect("extracts").text()
}

/// Each of `lines`, alone in a paragraph beside an article, is dropped.
fn assert_chrome_lines(lines: &[&str]) {
    for line in lines {
        let text = text_with_line(line);
        assert!(!text.contains(line), "kept {line:?} in {text:?}");
    }
}

/// Each of `lines`, alone in a paragraph beside an article, is kept.
fn assert_kept_lines(lines: &[&str]) {
    for line in lines {
        let text = text_with_line(line);
        assert!(text.contains(line), "lost {line:?} in {text:?}");
    }
}

#[test]
fn the_way_back_home_is_chrome_in_five_languages() {
    let lines = [
        "Back to homepage",
        "Zurück zur Startseite",
        "Retour à l'accueil",
        "Volver al inicio",
        "Вернуться на главную",
        "トップページへ戻る",
    ];
    for line in lines {
        let text = text_with_line(line);
        assert!(!text.contains(line), "kept {line:?} in {text:?}");
        assert!(text.contains("KEEP_TWO"), "lost the article beside {line:?}");
    }
}

#[test]
fn a_grid_keeps_its_last_card_but_not_a_trailing_call() {
    // A shop's grid (each card a code, a title and a price) whose last
    // card's price the model may drop, ending in a heading of another rank
    // that only invites to browse on.
    let cards: String = (1..=7)
        .map(|n| {
            format!(
                "<div class='grid-item'><a href='/p/{n}'><h4>KEEP_SKU{n}</h4>\
                 <h3>Cordless hedge trimmer model {n}, 40 cm blade</h3></a><span class='price'>$ {n}9.99</span></div>"
            )
        })
        .collect();
    let html = format!(
        "<html><head><title>Hedge trimmers</title></head><body><main><div class='results'>\
         <div class='grid'>{cards}</div><h2>DROP_EXPLORE Explore more tools</h2></div></main></body></html>"
    );
    let text = extract(&html, &Options::new()).unwrap().text();
    assert!(text.contains("KEEP_SKU1") && text.contains("KEEP_SKU7"), "{text:?}");
    assert!(!text.contains("DROP_EXPLORE"), "{text:?}");
}

#[test]
fn a_counter_alone_is_chrome() {
    assert_chrome_lines(&[
        "7 Likes",
        "1,693 views",
        "12 votes",
        "0 reviews",
        "1 rating",
        "9 min read",
        "5 min. Lesezeit",
        "4 min de lecture",
        "6 мин чтения",
    ]);
    // A sentence that counts is prose.
    let html = page(
        "",
        "<p>KEEP_COUNT 7 likes in an hour made it the most shared post of the week.</p>",
    );
    check(&[("counted sentence", html)]);
}

#[test]
fn a_credit_line_after_the_story_is_chrome() {
    // An author box after the story names who wrote, reviewed or edited
    // it: metadata, not text, wherever it stands.
    assert_chrome_lines(&[
        "Written by Ann Lee",
        "Medically reviewed by Dr. Sam Roe",
        "Edited By: Jo Durovic",
        "Fact-checked by Kim Park",
        // The labels alone, their name or date read as metadata.
        "Written by",
        "Author",
        "Last updated",
    ]);
    // Lines that start the same way without a name after the role are prose
    // (these roles are no lead byline prefix: the line stands in the lead).
    assert_kept_lines(&[
        "Edited by hand in 1850, the letter survived two fires.",
        "Medically reviewed by two doctors",
    ]);
}

#[test]
fn a_listings_count_of_results_is_chrome() {
    assert_chrome_lines(&[
        "Showing 24 of 291 results",
        "Displaying 1 to 24 (of 204 products)",
        "33 Results",
        "Showing 1 - 24 of 204 results",
        "1–24 von 204 Ergebnisse",
        "Показано 20 из 150 товаров",
        "Loaded 48 results",
    ]);
    // A title that counts its items, and a sentence, are content.
    assert_kept_lines(&[
        "KEEP_TITLE Trail Running Shoes (158 items)",
        "KEEP_SENTENCE We tested 33 products over six weeks and kept the best results.",
    ]);
}

#[test]
fn a_shops_and_a_pages_call_lines_are_chrome() {
    assert_chrome_lines(&[
        "Out of stock",
        "Free returns",
        "Pick up in store",
        "Write a review",
        "Related searches",
        "Get in touch",
        "Start a free trial",
        "Pin for later",
        "Your cart is empty",
        "Quick shop",
        "Top rated",
        "New arrival",
        "Award winner",
        "Sort",
        "Results per page",
        "More options",
        "Apply now",
        "Get started for free",
        "Read full article",
        "Discover more",
        "View all",
        "Related topics",
        "No posts",
        "No feedback yet",
        "Best seller",
        "In stock",
        "En stock",
        "View details",
        "In this article",
        "Latest news",
        "See more",
        "Thank you for your feedback",
        "Thank you! Your submission has been received!",
        "Oops! Something went wrong while submitting the form.",
    ]);
}

#[test]
fn a_row_of_sharing_buttons_is_chrome() {
    assert_chrome_lines(&[
        "Facebook X Bluesky LinkedIn Reddit Pinterest Tumblr WhatsApp Email Link",
        "SMS Facebook Twitter Email",
        "Share on Facebook Share on LinkedIn Copy link",
    ]);
    // A sentence naming networks is prose.
    assert_kept_lines(&["Facebook and LinkedIn changed their rules for links in 2024."]);
}

#[test]
fn consent_lines_are_chrome_and_baking_is_not() {
    assert_chrome_lines(&[
        "We use some essential cookies to make our website work.",
        "Strictly necessary cookies are always on.",
    ]);
    assert_kept_lines(&[
        "Bake these cookies for twelve minutes, until the edges turn golden.",
        "Ten essential cookies for the holiday season, from shortbread to gingerbread.",
    ]);
}

#[test]
fn a_threads_tools_and_gates_and_mailing_list_invitations_are_chrome() {
    assert_chrome_lines(&[
        "You must log in to answer this question.",
        "Log in to reply.",
        "Reply With Quote 0",
        "Join our mailing list! A letter when an episode is out.",
        "Thank you for subscribing to our daily newsletter.",
        "Thread Tools",
        "Show Printable Version",
        "Offline",
        "Original Post",
        "View Forum Threads",
        "Trophy Points:",
        "Embed",
        "Click to shrink...",
        "Logged",
    ]);
    assert_kept_lines(&[
        "You must log in to the router's admin page before you change the channel.",
        "The list of subscribers grew by a third after the mailing went out.",
    ]);
}
