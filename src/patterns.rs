//! Every tag set, class/id token and phrase list the pipeline uses, in one
//! place. Lists hold across publishers and languages (English, German,
//! French, Spanish, Russian at least); none names a site.

/// Elements whose whole subtree is never content.
pub(crate) const NEVER_CONTENT_TAGS: &[&str] = &[
    "script", "style", "template", "svg", "math", "iframe", "object", "embed", "canvas",
    "select", "option", "button", "input", "textarea", "label", "dialog", "head", "title", "meta",
    "link", "audio", "video", "map", "area",
];

/// Structural chrome elements, dropped unless they hold most of the page's text.
pub(crate) const CHROME_TAGS: &[&str] = &["nav", "aside", "footer", "header", "menu", "form"];

/// Elements that start a new block of text.
pub(crate) const BLOCK_TAGS: &[&str] = &[
    "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
    "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead",
    "tfoot", "tr", "ul", "caption", "br", "img", "picture", "td", "th", "listing", "xmp", "plaintext",
];

/// Class/id tokens of chrome containers, dropped unless they hold most of the page's text.
pub(crate) const CHROME_TOKENS: &[&str] = &[
    "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "footer", "sidebar", "share", "sharing",
    "social", "sociallinks", "related", "recommended", "recommendations", "recirculation", "promo", "advert",
    "advertisement", "ads", "ad", "adsense", "sponsor", "sponsored", "cookie", "cookies", "consent", "gdpr",
    "newsletter", "subscribe", "subscription", "signup", "popup", "modal", "masthead", "toolbar", "skip",
    "pagination", "pager", "disqus", "outbrain", "taboola", "rss", "tagcloud", "login", "respond", "byline",
    "dateline", "jumplinks", "toc", "sharebar", "share-buttons", "follow", "tags", "taglist", "author-box", "authorbox", "bio", "comment-form", "commentform", "topbar", "offcanvas", "drawer",
    "newsletter-signup", "trending", "popular", "most-read", "mostread", "more-stories", "read-next", "readnext",
    "upsell", "paywall", "visually-hidden", "sr-only", "screen-reader-text", "skiplink",
];

/// Class/id tokens that mark weakly negative containers (scored down, not dropped).
pub(crate) const NEGATIVE_TOKENS: &[&str] = &[
    "meta", "tag", "category", "banner", "widget", "categories", "author", "date", "timestamp", "caption", "credit",
    "header", "aside", "teaser", "card", "list", "links", "comment", "comments", "footnote", "extra", "secondary",
];

/// Class/id tokens of content containers.
pub(crate) const POSITIVE_TOKENS: &[&str] = &[
    "article", "content", "entry", "post", "body", "main", "story", "text", "blog", "prose", "markdown",
    "documentation", "docs", "richtext", "rich", "page", "hentry", "instapaper", "articlebody", "description",
];

/// Class/id tokens of readers' comment sections.
pub(crate) const COMMENT_TOKENS: &[&str] = &["comment", "comments", "commentlist", "disqus", "replies", "respond"];

/// Phrases that make a short block chrome, whatever else it says.
/// Lowercase; matched against the lowercased block text.
pub(crate) const CHROME_PHRASES: &[&str] = &[
    // cookies and consent
    "we use cookies", "this site uses cookies", "this website uses cookies", "uses cookies to", "cookie policy",
    "cookie settings", "accept all cookies", "accept cookies", "manage cookies", "cookie preferences",
    "wir verwenden cookies", "diese website verwendet cookies", "cookie-einstellungen", "alle akzeptieren",
    "nous utilisons des cookies", "ce site utilise des cookies", "accepter les cookies", "utilizamos cookies",
    "este sitio web utiliza cookies", "aceptar cookies", "мы используем файлы cookie", "использует файлы cookie",
    "используем cookie",
    // share, follow, newsletter, subscribe
    "share this article", "share this story", "share this post", "share on facebook", "share on twitter",
    "share on linkedin", "share via email", "follow us on", "sign up for our newsletter", "subscribe to our newsletter",
    "sign up for the newsletter", "get our newsletter", "join our newsletter", "subscribe now", "subscribe to",
    "newsletter abonnieren", "jetzt abonnieren", "folgen sie uns", "artikel teilen", "abonnez-vous",
    "inscrivez-vous à notre newsletter", "suivez-nous", "partager cet article", "suscríbete", "síguenos",
    "compartir en", "подписывайтесь", "подпишитесь", "поделиться", "следите за нами",
    // related and recommended
    "related articles", "related posts", "related stories", "related content", "you may also like",
    "you might also like", "recommended for you", "more stories", "read next", "read more:", "also read",
    "don't miss", "ähnliche artikel", "das könnte sie auch interessieren", "mehr zum thema", "lesen sie auch",
    "à lire aussi", "lire aussi", "sur le même sujet", "artículos relacionados", "te puede interesar",
    "lee también", "читайте также", "похожие статьи", "по теме",
    // comments
    "leave a comment", "leave a reply", "post a comment", "comments are closed", "no comments yet",
    "be the first to comment", "add a comment", "join the discussion", "kommentar schreiben",
    "keine kommentare", "laisser un commentaire", "aucun commentaire", "deja un comentario", "sin comentarios",
    "оставить комментарий", "комментариев нет", "добавить комментарий",
    // legal and copyright
    "all rights reserved", "legal disclaimer", "without warranty of any kind", "terms of use", "privacy policy",
    "terms and conditions", "alle rechte vorbehalten", "datenschutzerklärung", "impressum", "tous droits réservés",
    "mentions légales", "todos los derechos reservados", "aviso legal", "все права защищены",
    "политика конфиденциальности",
    // error banners
    "enable javascript", "javascript is disabled", "javascript is required", "browser is out of date",
    "page you were looking for", "page you are looking for", "page not found", "page could not be found",
    "seite nicht gefunden", "page introuvable", "página no encontrada", "страница не найдена",
    // company register and contact lines
    "handelsregister", "registergericht", "ust-idnr", "registered in england", "company number",
    "registered office", "rcs ", "siret", "огрн", "инн ",
];

/// Whole-block texts that are chrome on their own (lowercase, white space folded).
pub(crate) const CHROME_LINES: &[&str] = &[
    "share", "tweet", "print", "email", "e-mail", "comments", "comment", "no comment", "no comments", "comments no comment",
    "reply", "like", "follow", "subscribe", "advertisement", "anzeige", "publicité", "publicidad", "реклама",
    "read more", "weiterlesen", "lire la suite", "leer más", "читать далее", "next", "previous", "back to top",
    "menu", "search", "skip to content", "skip to main content", "loading...", "loading", "news", "share this",
    "kommentare", "commentaires", "comentarios", "комментарии", "teilen", "partager", "compartir",
    "sorry!!", "error!", "sorry", "error", "close", "toggle navigation", "sign in", "log in", "login", "register",
    "related", "tags", "tags:", "categories", "categories:", "filed under", "posted in", "sponsored",
];

/// Phrases of error pages (not-found, forbidden, server error).
pub(crate) const ERROR_PHRASES: &[&str] = &[
    "page not found", "404 not found", "error 404", "404 error", "page you were looking for", "page you are looking for",
    "page you requested", "page could not be found", "page cannot be found", "page doesn't exist",
    "page does not exist", "no longer available", "403 forbidden", "500 internal server error", "410 gone",
    "seite nicht gefunden", "seite wurde nicht gefunden", "existiert nicht", "page introuvable", "page non trouvée",
    "n'existe pas", "página no encontrada", "no existe", "страница не найдена", "ошибка 404", "не существует",
];

/// Phrases of bot checks and access-denied pages.
pub(crate) const BLOCKED_PHRASES: &[&str] = &[
    "captcha", "are you a robot", "are you human", "verify you are human", "checking your browser",
    "access denied", "access to this page has been denied", "request blocked", "too many requests",
    "rate limit", "unusual traffic", "enable javascript and cookies to continue", "ddos protection",
    "zugriff verweigert", "accès refusé", "acceso denegado", "доступ запрещён", "доступ запрещен",
    "подтвердите, что вы не робот", "sind sie ein mensch", "êtes-vous un robot",
];

/// Phrases of consent walls.
pub(crate) const COOKIE_WALL_PHRASES: &[&str] = &[
    "we use cookies", "uses cookies", "cookie policy", "accept all", "consent", "wir verwenden cookies",
    "zustimmen", "nous utilisons des cookies", "accepter", "utilizamos cookies", "aceptar",
    "мы используем файлы cookie", "cookie",
];

/// Phrases of subscription walls.
pub(crate) const PAYWALL_PHRASES: &[&str] = &[
    "subscribe to continue reading", "subscribe to read", "to continue reading", "this content is for subscribers",
    "already a subscriber", "subscribers only", "become a member to read", "premium content",
    "exklusiv für abonnenten", "weiterlesen mit", "réservé aux abonnés", "contenido exclusivo para suscriptores",
    "только для подписчиков",
];

/// Words of a byline prefix to strip from author names ("By", "von", ...).
pub(crate) const BYLINE_PREFIXES: &[&str] = &[
    "written by", "posted by", "published by", "reviewed by", "text by", "words by", "story by", "by", "von",
    "par", "por", "de", "автор:", "автор", "text:", "texto:", "author:", "autor:", "auteur :", "auteur:",
];
