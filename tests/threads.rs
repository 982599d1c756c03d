//! Forum threads and discussions: the posts are the content, whether the
//! markup names them comments, wraps them in forms or lists them apart from
//! the first post. Each post's text starts with `KEEP_`.

use pith::{extract, Options};

#[test]
fn a_declared_discussion_keeps_every_post() {
    // A forum thread whose first post is long and whose replies are short,
    // each marked up alike, as a comment, with its poster's links: the page
    // declares itself a discussion, so the replies are its content.
    let first = format!(
        "{}<pre>{}</pre>",
        "<p>The deploy fails at the upload stage although the build passes, and the log shows nothing more.</p>"
            .repeat(8),
        "6:58:36 AM: Deploy site\n".repeat(30)
    );
    let post = |n: u32, author: &str, text: &str| {
        format!(
            "<div class='topic-body crawler-post' id='post_{n}' itemprop='comment' itemscope \
             itemtype='http://schema.org/Comment'><div class='crawler-post-meta'><span class='creator'>\
             <a href='/u/{author}'>{author}</a></span> <time datetime='2024-04-26'>April 26, 2024</time>\
             <span class='post-number'>#{n}</span></div><div class='post' itemprop='text'><p>{text}</p></div>\
             <span class='post-likes'>1 Like</span></div>"
        )
    };
    let thread = |declared: &str| {
        format!(
            "<html><head><title>Deploy failed</title>{declared}</head><body><header><a href='/'>Forum</a></header>\
             <div id='main-outlet' class='wrap' role='main'><div><h1><a href='/t/1'>Deploy failed</a></h1>\
             <div class='topic-body crawler-post' id='post_1'><div class='crawler-post-meta'><a href='/u/tin'>tin</a>\
             </div><div class='post' itemprop='text'>{first}</div></div>{}{}{}</div></div>\
             <footer><p>Powered by forum software</p></footer></body></html>",
            post(2, "nathan", "KEEP_REPLY_ONE That is only the end result."),
            post(3, "tin", "KEEP_REPLY_TWO Here is the full log."),
            post(4, "sid", "KEEP_REPLY_THREE Update the runtime."),
        )
    };
    let declared =
        "<script type='application/ld+json'>{\"@context\":\"http://schema.org\",\"@type\":\"QAPage\"}</script>";
    let text = extract(&thread(declared), &Options::new()).unwrap().text();
    for reply in ["KEEP_REPLY_ONE", "KEEP_REPLY_TWO", "KEEP_REPLY_THREE"] {
        assert!(text.contains(reply), "lost {reply} in {text:?}");
    }
    // Declared in microdata, the same.
    let microdata = thread("").replace(
        "<div id='main-outlet' class='wrap' role='main'>",
        "<div id='main-outlet' class='wrap' role='main' itemscope itemtype='http://schema.org/DiscussionForumPosting'>",
    );
    let text = extract(&microdata, &Options::new()).unwrap().text();
    assert!(text.contains("KEEP_REPLY_TWO"), "microdata: {text:?}");
}

#[test]
fn posts_in_forms_are_content() {
    // A forum whose software wraps each post's text in its edit form: the
    // pruning drops forms as controls, which leaves the thread without its
    // posts, so the page is read again with forms spared. (A shop's grid of
    // products in its compare form is the other case: WCXB has one.)
    let post = |n: usize| {
        format!(
            "<div class='thing post'><p class='tagline'><a href='/u/member{n}'>member{n}</a> 3 points</p>\
             <form class='usertext' action='/post'><div class='md'><p>KEEP_POST{n} Reply number {n}: I have tried \
             this at home and the results were much better once the filter was cleaned every week.</p></div></form>\
             <ul class='buttons'><li><a href='#'>permalink</a></li><li><a href='#'>reply</a></li></ul></div>"
        )
    };
    let posts: String = (1..=6).map(post).collect();
    let html = format!(
        "<html><head><title>Does cleaning the filter help? : homelab</title>\
         <script type='application/ld+json'>{{\"@type\":\"DiscussionForumPosting\",\"headline\":\"Does cleaning the filter help?\"}}</script>\
         </head><body><header><nav><a href='/'>Home</a> <a href='/r/homelab'>homelab</a></nav></header>\
         <div role='main'><h1>Does cleaning the filter help?</h1><p>submitted by <a href='/u/op'>op</a></p>\
         <div class='sitetable'>{posts}</div></div><footer><p>Terms and privacy</p></footer></body></html>"
    );
    let article = extract(&html, &Options::new()).unwrap();
    let text = article.text();
    assert_eq!(article.page_type, pith::PageType::Forum, "{text:?}");
    for n in 1..=6 {
        assert!(text.contains(&format!("KEEP_POST{n} ")), "lost post {n}: {text:?}");
    }
}

#[test]
fn a_threads_moderation_form_is_content() {
    // A forum engine wraps the whole thread in its moderation form: each
    // post an <article> with its author's pane. The pruning drops the form
    // as a control, and the region falls on the community widget beside it.
    // A second reading spares the form; on a forum it is taken when it keeps
    // more text, though the short posts do not double it (a list page's
    // records must).
    let texts = [
        "KEEP_POST1 Has anyone seen the two new ports on the back of the case? I cannot find them in the manual at all.",
        "KEEP_POST2 I have heard they are for an external connection for the lighting hub, from one of the moderators.",
        "KEEP_POST3 Not sure about the one at the bottom with the fans, but it looks like the same kind of port.",
    ];
    let posts: String = texts
        .iter()
        .enumerate()
        .map(|(n, text)| {
            format!(
                "<article id='elComment_{n}' class='cPost ipsBox ipsComment'><aside class='cAuthorPane'>\
                 <h3 class='cAuthorPane_author'><a href='/profile/{n}-member/'>member{n}</a></h3>\
                 <ul class='cAuthorPane_info'><li>Members</li><li>12 posts</li></ul></aside>\
                 <div class='ipsComment_content'><div class='ipsComment_meta'>Posted <time datetime='2024-03-19'>March 19, 2024</time></div>\
                 <div data-role='commentContent' class='ipsType_richText'><p>{text}</p></div></div></article>"
            )
        })
        .collect();
    let html = format!(
        "<html><head><title>New PC case - Cases - Community Forum</title></head><body>\
         <header><nav><a href='/'>Home</a> <a href='/forums'>Forums</a></nav></header>\
         <main><h1>New PC case</h1><form action='/topic/1/?do=multimodComment' method='post' data-role='moderationTools'>\
         {posts}<input type='hidden' name='csrfKey' value='c1f8'></form></main>\
         <div class='ipsWidget'><h3>Our community</h3><p>Welcome to the community forum, where owners help each \
         other with builds, upgrades and the odd stubborn cable. Staff answer every week, often on the same day.</p></div>\
         <aside class='ipsLayout_sidebar'><h3>Popular now</h3><p>Fitting a 360 mm radiator in the top of the case: \
         what clearance you need above the motherboard, which fans to pick, and why the front is often the better \
         place.</p><p>Routing cables behind the tray without the side panel bulging, with photos of three builds and \
         the ties and channels each used.</p><p>Updating the lighting hub's firmware from the desktop app, and what to \
         do when it stops at ninety percent and the fans spin at full speed.</p></aside>\
         <footer><p>Community forum software</p></footer></body></html>"
    );
    let article = extract(&html, &Options::new()).unwrap();
    let text = article.text();
    assert_eq!(article.page_type, pith::PageType::Forum, "{text:?}");
    for n in 1..=3 {
        assert!(text.contains(&format!("KEEP_POST{n} ")), "lost post {n}: {text:?}");
    }
}

const MORE_OF_FIRST_POST: &str = "<p>We run two communities on \
    it, one of them with forty thousand members and fifteen years of threads, so a move is a project of months: \
    the import of old posts, the redirects of their addresses, the single sign-on, the themes.</p><p>Before we start, \
    I would like to hear from anyone who asked the company directly, or who has already moved a large forum \
    elsewhere, and what they would do differently today.</p><p>The candidates we have looked at so far differ in what \
    they import: some keep the threads but lose the private messages, others keep everything but need a database \
    of their own and a team to run it, which we do not have.</p><p>Thanks in advance to everyone who answers; \
    I will write up what we learn for the next community that faces the same choice.</p>";

/// A forum thread as an engine writes it: the first post apart, the
/// replies below it in a list its markup names `Comments`; `head` goes in
/// the page's `<head>`. Each post's text starts with `KEEP_`; the first
/// post is one paragraph, or five when `long` (so long that the region
/// is that post alone).
fn forum_thread(head: &str, long: bool) -> String {
    let more = if long { MORE_OF_FIRST_POST } else { "" };
    let reply = |n: usize| {
        format!(
            "<li class='Item ItemComment' id='Comment_{n}'><div class='Comment'><div class='Item-Header'>\
             <a class='Username' href='/profile/user{n}'>user{n}</a> <time datetime='2025-03-0{n}'>March 2025</time></div>\
             <div class='Item-Body'><div class='Message userContent'><p>KEEP_REPLY{n} Sad news, we saw it coming.</p></div></div>\
             <div class='Reactions'><a href='#'>Quote</a> <a href='#'>Flag</a> <a href='#'>Like</a></div></div></li>"
        )
    };
    let replies: String = (1..=5).map(reply).collect();
    format!(
        "<html><head><title>Is the open source edition still maintained? — Community Forum</title>{head}</head><body>\
         <header><nav><a href='/'>Home</a> <a href='/categories'>Categories</a> <a href='/discussions'>Discussions</a></nav></header>\
         <main class='Content MainContent'><div class='MessageList Discussion'>\
         <div class='PageTitle'><h1>Is the open source edition still maintained?</h1></div><div class='Item ItemDiscussion'><div class='Discussion'>\
         <div class='Item-Header'><a class='Username' href='/profile/op'>op</a> <time datetime='2025-03-01'>March 2025</time></div>\
         <div class='Item-BodyWrap'><div class='Item-Body'><div class='Message userContent'><p>KEEP_FIRST The last release \
         of the open source edition came out two years ago, and the issue tracker has gone quiet since the company changed \
         hands. Does anyone know whether it is still maintained, or should we plan a move?</p>{more}</div></div></div></div></div></div>\
         <div class='CommentsWrap'><h2 class='CommentHeading'>Comments</h2>\
         <ul class='MessageList DataList Comments'>{replies}</ul></div></main><aside class='Panel'><h4>Categories</h4><ul>\
         <li><a href='/c/general'>General</a></li><li><a href='/c/help'>Help</a></li></ul></aside>\
         <footer><p>Powered by a forum engine</p></footer></body></html>"
    )
}

fn assert_whole_thread(html: &str) {
    let article = extract(html, &Options::new()).unwrap();
    let text = article.text();
    assert_eq!(article.page_type, pith::PageType::Forum, "{text:?}");
    assert!(text.contains("KEEP_FIRST"), "{text:?}");
    for n in 1..=5 {
        assert!(text.contains(&format!("KEEP_REPLY{n} ")), "lost reply {n}: {text:?}");
    }
}

#[test]
fn a_forum_pages_comments_are_its_replies() {
    // A forum engine that declares nothing lists the replies below the
    // first post as `Comments`: readers' comments on an article stay out,
    // but on a page that reads as a forum they are the thread.
    assert_whole_thread(&forum_thread("", false));
    // Its first post so long that the region is that post alone: the
    // comments follow the region instead of lying in it.
    assert_whole_thread(&forum_thread("", true));
}

#[test]
fn a_declared_discussions_comments_are_its_replies() {
    // The same thread declaring itself a discussion: its first post stands
    // alone (no post alike beside it), so the comment list after it is the
    // rest of the thread.
    assert_whole_thread(&forum_thread(
        "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\
         \"@type\":\"DiscussionForumPosting\",\"headline\":\"Is the open source edition still maintained?\"}</script>",
        true,
    ));
}

/// A thread as a content system writes it: the opening post an `<article>`
/// node, the replies in the comment section below it, both inside one of
/// two page regions alike (`div.region`); `notes` under each reply instead
/// make the comment sections a question-and-answer site's notes.
fn node_thread(replies: &[&str], notes: bool) -> String {
    let comments: String = replies
        .iter()
        .enumerate()
        .map(|(n, text)| {
            if notes {
                format!(
                    "<div class='answer' id='answer-{n}'><div class='answer-body'><p>{text}</p></div>\
                     <div class='comments'><ul><li class='comment'>DROP_NOTE{n} Thanks, that helped.</li></ul></div></div>"
                )
            } else {
                format!(
                    "<article class='js-comment comment-layer' id='comment-{n}'><div class='comment-author'>\
                     <a href='/user/{n}'>member{n}</a> <span title='August 14, 2023'>2y</span></div>\
                     <div class='comment-content'><div class='field-comment-body'><p>{text}</p></div></div></article>"
                )
            }
        })
        .collect();
    let section = if notes {
        format!("<div class='answers'>{comments}</div>")
    } else {
        format!("<div class='post-comments comment-wrapper' id='comments'><h2>Comments (5)</h2>{comments}</div>")
    };
    format!(
        "<html><head><title>Consulting - is it worth it?</title><script type='application/ld+json'>\
         {{\"@context\":\"https://schema.org\",\"@type\":\"QAPage\",\"mainEntity\":{{\"@type\":\"Question\",\
         \"name\":\"Consulting - is it worth it?\"}}}}</script></head><body><header><nav><a href='/'>Home</a> \
         <a href='/forums'>Forums</a></nav></header><div role='main'>\
         <div class='region region-content'><article class='forum node'><h1>Consulting - is it worth it?</h1>\
         <div class='content'><p>KEEP_FIRST I am doing my bachelor's degree in computer science and have done two \
         internships so far, one at a consultancy and one at an accounting firm. I keep hearing that the hours are \
         long and the pay is not worth it. Is it?</p></div></article>{section}</div>\
         <div class='region region-under-content'><p>Related: how to prepare for case interviews</p></div>\
         </div><footer><p>Terms and privacy</p></footer></body></html>"
    )
}

const REPLIES: [&str; 5] = [
    "KEEP_REPLY0 As a manager in a large office, I can certainly say that it is worth it if you are fine with \
     working fifty-five to sixty hours a week. The upside is a career accelerator and a strong network of alumni \
     who will open doors for you for the rest of your working life.",
    "KEEP_REPLY1 I went from a mid-market bank to a second-tier strategy firm, right below the big three. \
     Honestly one of the best decisions of my life: the work is varied, the people are sharp and the hours \
     are better than banking, though the pay is lower in the first years.",
    "KEEP_REPLY2 A note on the balance of work and life in this region specifically: it is much better than \
     in the large American offices, since the labour law caps overtime and the firms respect it more than \
     you would think from the stories you read online.",
    "KEEP_REPLY3 The better your performance, the easier it is to protect your weekends. Managers staff the \
     people they trust on the interesting cases, and those people can say no to the rest without hurting \
     their reviews at the end of the year.",
    "KEEP_REPLY4 I think you have had a few good answers already, so I will only add this: talk to people \
     who left after two or three years and ask them what they would do differently, because they have no \
     reason to sell you anything.",
];

#[test]
fn a_declared_discussions_comment_section_holding_the_thread_is_its_replies() {
    // The opening post and its comment section share a region: the
    // comments hold most of the thread, so they are its replies.
    let article = extract(&node_thread(&REPLIES, false), &Options::new()).unwrap();
    let text = article.text();
    assert!(text.contains("KEEP_FIRST"), "{text:?}");
    for n in 0..REPLIES.len() {
        assert!(text.contains(&format!("KEEP_REPLY{n} ")), "lost reply {n}: {text:?}");
    }
    // Answers with notes under each: the notes are a fraction of the
    // answers' text, comments on them, not the thread.
    let article = extract(&node_thread(&REPLIES, true), &Options::new()).unwrap();
    let text = article.text();
    assert!(
        text.contains("KEEP_REPLY0 ") && text.contains("KEEP_REPLY4 "),
        "{text:?}"
    );
    assert!(!text.contains("DROP_NOTE"), "{text:?}");
}

#[test]
fn a_members_profile_beside_each_post_goes() {
    // Forum engines list the poster's figures and home beside each post as
    // a definition list: terms alone (`Location`, `Points`) or values led
    // by their label (`Posts: 2`), and the poster's rank as a job title.
    // The posts stay, the profiles go.
    let post = |n: usize, profile: &str| {
        format!(
            "<div class='post' id='p{n}'><dl class='postprofile'>{profile}</dl>\
             <h5 class='userTitle' itemprop='jobTitle'>DROP_RANK{n} Veteran</h5><div class='postbody'><div class='content'>\
             KEEP_POST{n} The second drive in the array keeps dropping out after an hour, and the controller log \
             shows a timeout each time before it comes back on its own.</div></div></div>"
        )
    };
    let profiles = [
        "<dt><a href='/u/1'>DROP_USER_ONE</a></dt><dd>Posts: 2</dd><dd>Joined: Sun Dec 17, 2023 11:18 am</dd>",
        "<dt>Location</dt><dd>DROP_PLACE Kansas City</dd><dt>Points</dt><dd>4,726</dd>",
        "<dt><a href='/u/3'>DROP_USER_THREE</a></dt><dd>Volunteer</dd><dd>Posts: 1725</dd>",
    ];
    let posts: String = profiles.iter().enumerate().map(|(n, p)| post(n + 1, p)).collect();
    let html = format!(
        "<html><head><title>Drive drops out of the array - Storage forum</title></head><body>\
         <header><nav><a href='/'>Board index</a> <a href='/f/storage'>Storage</a></nav></header>\
         <main><h1>Drive drops out of the array</h1>{posts}</main>\
         <footer><p>Powered by a forum engine</p></footer></body></html>"
    );
    let text = extract(&html, &Options::new()).unwrap().text();
    for n in 1..=3 {
        assert!(text.contains(&format!("KEEP_POST{n} ")), "lost post {n}: {text:?}");
    }
    assert!(!text.contains("DROP_"), "{text:?}");
}
