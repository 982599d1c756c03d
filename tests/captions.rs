//! Figures: the caption and the credit beside a photo are read with the
//! photo, not as the article's text; a numbered caption the text refers to,
//! the caption of a code listing, a table or a quote, and a card's title
//! stay.

use pith::{extract, Options};

/// An article of three paragraphs with `figure` between the first two.
fn article_with(figure: &str) -> String {
    format!(
        "<html><head><title>Walking the coast path</title></head><body><article><h1>Walking the coast path</h1>\
         <p>The coast path runs for miles along the cliffs, and on a clear morning the whole bay opens below it.</p>\
         {figure}\
         <p>Most walkers start at the harbour and take the steep steps up past the old lifeboat station.</p>\
         <p>By noon the wind turns, so the return leg is best walked early, before the fog comes in.</p>\
         </article></body></html>"
    )
}

fn text_of(html: &str) -> String {
    extract(html, &Options::new()).expect("extracts").text()
}

/// Each figure's words marked `DROP` must be gone, those marked `KEEP` kept,
/// and the article's paragraphs kept around them.
fn check(figures: &[(&str, &str)]) {
    let mut failures = Vec::new();
    for (name, figure) in figures {
        let text = text_of(&article_with(figure));
        if !text.contains("lifeboat station") {
            failures.push(format!("{name}: lost the article"));
        }
        for word in figure.split(|c: char| !c.is_alphanumeric() && c != '_') {
            if word.starts_with("DROP_") && text.contains(word) {
                failures.push(format!("{name}: kept {word}"));
            }
            if word.starts_with("KEEP_") && !text.contains(word) {
                failures.push(format!("{name}: lost {word}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_photos_caption_and_credit_go() {
    check(&[
        (
            "figcaption",
            "<figure><img src='/cliffs.jpg' alt='Cliffs'><figcaption>DROP_CAPTION The cliffs above the bay at dawn. \
             Credit: Ann Lee</figcaption></figure>",
        ),
        (
            "figcaption in a picture's wrapper",
            "<figure><div class='frame'><picture><img src='/bay.jpg'></picture></div>\
             <figcaption><span>DROP_NESTED The bay from the lookout.</span></figcaption></figure>",
        ),
        (
            "caption by class",
            "<div class='wp-caption'><img src='/steps.jpg'><p class='wp-caption-text'>DROP_CLASS The steps \
             up from the harbour.</p></div>",
        ),
        (
            "credit by class",
            "<div class='hero'><img src='/station.jpg'><span class='photo-credit'>DROP_CREDIT Photo: Sam Roe</span></div>",
        ),
    ]);
}

#[test]
fn captions_the_text_needs_stay() {
    check(&[
        (
            "numbered",
            "<figure><img src='/chart.png'><figcaption>Figure 2. KEEP_NUMBERED Walkers per month on the path.\
             </figcaption></figure>",
        ),
        (
            "code listing",
            "<figure><pre><code>walk --from harbour</code></pre><figcaption>KEEP_LISTING Starting a walk.\
             </figcaption></figure>",
        ),
        (
            "quote",
            "<figure><img src='/ann.jpg'><blockquote>The path is best at dawn.</blockquote>\
             <figcaption>KEEP_QUOTE Ann Lee, warden</figcaption></figure>",
        ),
        (
            "card title in a link",
            "<figure><a href='/walks/headland'><img src='/headland.jpg'><figcaption>KEEP_CARD The headland \
             walk, a longer route past the lighthouse</figcaption></a></figure>",
        ),
        (
            "caption class holding a heading",
            "<div class='hero'><img src='/path.jpg'><div class='hero-caption'><h2>KEEP_HEADING Where the path \
             begins</h2></div></div>",
        ),
    ]);
}
