package io.github.claimconflict.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A saved web page read as an article: its main text with the page's navigation, menus, sharing
 * buttons, related-link lists and footer left out, and what its metadata says of it. The text is
 * built here, so evidence offsets point into it, not into the HTML.
 *
 * @param text the main text, one paragraph a block, separated by blank lines
 * @param title the headline
 * @param published the publication date as the page writes it (not yet read as a date)
 * @param source the outlet: the site's name, else the host of its address
 * @param url the page's canonical address
 * @param language the language the page declares
 */
public record HtmlPage(String text, Optional<String> title, Optional<String> published,
    Optional<String> source, Optional<String> url, Optional<String> language) {

  /** Built on a page's first JSON-LD, not when a file is only sniffed for being a page. */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  /** Never text: code, styles, forms, media and the page's own chrome. */
  private static final String NEVER_TEXT = "script, style, noscript, template, iframe, svg, canvas,"
      + " object, embed, video, audio, form, button, input, select, textarea, nav, aside, figure,"
      + " footer, [role=navigation], [role=banner], [role=contentinfo], [role=complementary],"
      + " [role=dialog], [aria-hidden=true], [hidden], [style~=display:\\s*none]";

  /** Words of a class or id that mark page furniture rather than the story. */
  private static final Set<String> FURNITURE = Set.of("nav", "navbar", "navigation", "menu",
      "footer", "sidebar", "share", "sharing", "social", "related", "recommended", "cookie",
      "cookies", "consent", "newsletter", "subscribe", "subscription", "promo", "advert",
      "advertisement", "ad", "ads", "breadcrumb", "breadcrumbs", "popup", "modal", "paywall",
      "comments", "skip", "tags", "byline-share", "outbrain", "taboola");

  private static final Pattern WORD_SPLIT = Pattern.compile("[-_\\s]+");

  private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main",
      "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "table", "tr",
      "td", "th", "dl", "dt", "dd", "header", "address", "hr", "figcaption", "center");

  /** Reads a page. */
  public static HtmlPage read(String html) {
    Document doc = Jsoup.parse(html);
    Optional<JsonNode> ld = jsonLdArticle(doc);
    Optional<String> published = meta(doc, "meta[property=article:published_time]")
        .or(() -> ld.flatMap(n -> text(n.get("datePublished"))))
        .or(() -> attr(doc, "[itemprop=datePublished]", "content", "datetime"))
        .or(() -> meta(doc, "meta[name=pubdate], meta[name=publishdate], meta[name=date],"
            + " meta[name=dc.date], meta[name=DC.date.issued], meta[name=parsely-pub-date],"
            + " meta[property=og:published_time]"))
        .or(() -> attr(doc, "time[datetime]", "datetime"));
    Optional<String> url = attr(doc, "link[rel=canonical]", "href")
        .or(() -> meta(doc, "meta[property=og:url]"))
        .or(() -> ld.flatMap(n -> text(n.get("url"))))
        .filter(u -> u.startsWith("http://") || u.startsWith("https://"));
    Optional<String> source = meta(doc, "meta[property=og:site_name]")
        .or(() -> ld.flatMap(n -> text(n.path("publisher").get("name"))))
        .or(() -> url.flatMap(HtmlPage::host));
    Optional<String> language = attr(doc, "html[lang]", "lang");

    doc.select(NEVER_TEXT).remove();
    for (Element e : new ArrayList<>(doc.getAllElements())) {
      if (e.parent() != null && isFurniture(e)) {
        e.remove();
      }
    }
    Element root = mainElement(doc);
    // A site header outside the story is chrome; the story's own header keeps headline and byline.
    Set<Element> inStory = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    inStory.addAll(root.select("header"));
    for (Element h : doc.select("header")) {
      if (!inStory.contains(h) && h.parent() != null) {
        h.remove();
      }
    }
    removeLinkLists(root);
    Optional<String> title = Optional.ofNullable(root.selectFirst("h1")).map(Element::text)
        .or(() -> meta(doc, "meta[property=og:title]"))
        .or(() -> ld.flatMap(n -> text(n.get("headline"))))
        .or(() -> Optional.of(doc.title()))
        .map(String::strip).filter(s -> !s.isEmpty());
    return new HtmlPage(text(root), title, published, source, url, language);
  }

  private static boolean isFurniture(Element e) {
    String names = e.className() + " " + e.id();
    if (names.isBlank()) {
      return false;
    }
    for (String w : WORD_SPLIT.split(names.toLowerCase(Locale.ROOT))) {
      if (FURNITURE.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** The story: the article element with most paragraph text, main, or the densest block. */
  private static Element mainElement(Document doc) {
    Sizes sizes = Sizes.of(doc);
    Element best = null;
    int bestLength = 0;
    for (Element e : doc.select("article, [itemprop=articleBody], main, [role=main]")) {
      int length = sizes.paragraphs(e);
      if (length > bestLength) {
        best = e;
        bestLength = length;
      }
    }
    if (best != null) {
      return best;
    }
    // No semantic markup: the element whose own paragraphs hold the most text.
    for (Element e : doc.getAllElements()) {
      int length = sizes.ownParagraphs(e);
      if (length > bestLength) {
        best = e;
        bestLength = length;
      }
    }
    return best != null ? best : doc.body();
  }

  /**
   * Text lengths per element, from one pass children before parents, so that a page of deeply
   * nested blocks costs no more than a flat one: the text under each element, the text of the
   * paragraphs under it (a paragraph counted whole, once), and the text of its own paragraphs.
   */
  private record Sizes(Map<Element, int[]> lengths) {
    private static final int[] NONE = new int[3];

    static Sizes of(Element root) {
      Map<Element, int[]> lengths = new IdentityHashMap<>();
      NodeTraversor.traverse(new NodeVisitor() {
        @Override
        public void head(Node node, int depth) {}

        @Override
        public void tail(Node node, int depth) {
          if (node instanceof TextNode t && t.parent() instanceof Element parent) {
            lengths.computeIfAbsent(parent, x -> new int[3])[0] += t.text().strip().length();
          } else if (node instanceof Element e) {
            int[] s = lengths.computeIfAbsent(e, x -> new int[3]);
            if (e.nameIs("p")) {
              s[1] = s[0];
            }
            if (e.parent() != null) {
              int[] ps = lengths.computeIfAbsent(e.parent(), x -> new int[3]);
              ps[0] += s[0];
              ps[1] += s[1];
              if (e.nameIs("p")) {
                ps[2] += s[0];
              }
            }
          }
        }
      }, root);
      return new Sizes(lengths);
    }

    int paragraphs(Element e) {
      return lengths.getOrDefault(e, NONE)[1];
    }

    int ownParagraphs(Element e) {
      return lengths.getOrDefault(e, NONE)[2];
    }
  }

  /**
   * Lists and blocks that are mostly links ("Read more", "Most viewed") are not the story. One
   * pass, children before parents, so a deeply nested page costs no more than a flat one.
   */
  private static void removeLinkLists(Element root) {
    Map<Element, int[]> sizes = new IdentityHashMap<>();
    List<Element> drop = new ArrayList<>();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {}

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof TextNode t && t.parent() instanceof Element parent) {
          int length = t.text().strip().length();
          int[] s = sizes.computeIfAbsent(parent, x -> new int[2]);
          s[0] += length;
        } else if (node instanceof Element e) {
          int[] s = sizes.getOrDefault(e, new int[2]);
          if (e.nameIs("a")) {
            s[1] = s[0];
          }
          boolean list = e.nameIs("ul") || e.nameIs("ol");
          if (s[1] > 0 && s[1] >= 0.6 * s[0] && e != root
              && (list || (s[0] < 200 && (e.nameIs("div") || e.nameIs("p")
                  || e.nameIs("section"))))) {
            drop.add(e);
          } else if (e.parent() != null) {
            int[] ps = sizes.computeIfAbsent(e.parent(), x -> new int[2]);
            ps[0] += s[0];
            ps[1] += s[1];
          }
          sizes.remove(e);
        }
      }
    }, root);
    drop.forEach(Element::remove);
  }

  /** The element's text, a blank line between blocks, a line break for {@code <br>}. */
  static String text(Element root) {
    StringBuilder b = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          appendCollapsed(b, t.getWholeText());
        } else if (node instanceof Element e) {
          if (e.nameIs("br")) {
            trimEnd(b);
            b.append('\n');
          } else if (BLOCKS.contains(e.normalName())) {
            paragraph(b);
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
          paragraph(b);
        }
      }
    }, root);
    return b.toString().strip();
  }

  private static void appendCollapsed(StringBuilder b, String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0') {
        int last = b.length() - 1;
        if (last >= 0 && b.charAt(last) != ' ' && b.charAt(last) != '\n') {
          b.append(' ');
        }
      } else {
        b.append(c);
      }
    }
  }

  private static void paragraph(StringBuilder b) {
    trimEnd(b);
    int n = b.length();
    if (n == 0 || (n >= 2 && b.charAt(n - 1) == '\n' && b.charAt(n - 2) == '\n')) {
      return;
    }
    b.append(b.charAt(n - 1) == '\n' ? "\n" : "\n\n");
  }

  private static void trimEnd(StringBuilder b) {
    while (b.length() > 0 && b.charAt(b.length() - 1) == ' ') {
      b.setLength(b.length() - 1);
    }
  }

  /** The first JSON-LD object that is an article (or has a publication date), searched through
   *  arrays and {@code @graph}; malformed JSON-LD is ignored, as browsers do. */
  private static Optional<JsonNode> jsonLdArticle(Document doc) {
    List<JsonNode> candidates = new ArrayList<>();
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        collect(Json.MAPPER.readTree(script.data()), candidates, 0);
      } catch (Exception e) {
        // A page's broken metadata is no reason to lose its text.
      }
    }
    return candidates.stream().filter(n -> n.path("@type").toString().contains("Article")
            || n.path("@type").toString().contains("BlogPosting"))
        .findFirst().or(() -> candidates.stream().findFirst());
  }

  private static void collect(JsonNode n, List<JsonNode> out, int depth) {
    if (n == null || depth > 4) {
      return;
    }
    if (n.isArray()) {
      n.forEach(c -> collect(c, out, depth + 1));
    } else if (n.isObject()) {
      if (n.has("datePublished") || n.has("headline")) {
        out.add(n);
      }
      collect(n.get("@graph"), out, depth + 1);
    }
  }

  private static Optional<String> text(JsonNode n) {
    return n != null && n.isTextual() && !n.asText().isBlank() ? Optional.of(n.asText().strip())
        : Optional.empty();
  }

  private static Optional<String> meta(Document doc, String query) {
    return attr(doc, query, "content");
  }

  /** The first non-blank value of the first attribute present, over the matching elements. */
  private static Optional<String> attr(Document doc, String query, String... names) {
    for (Element e : doc.select(query)) {
      for (String name : names) {
        String v = e.attr(name).strip();
        if (!v.isEmpty()) {
          return Optional.of(v);
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> host(String url) {
    try {
      String host = URI.create(url).getHost();
      if (host == null) {
        return Optional.empty();
      }
      return Optional.of(host.startsWith("www.") ? host.substring(4) : host);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Whether text looks like an HTML page rather than prose that mentions a tag. */
  static boolean looksLikeHtml(String head) {
    String s = head.stripLeading().toLowerCase(Locale.ROOT);
    return s.startsWith("<!doctype html") || s.startsWith("<html") || s.startsWith("<head")
        || s.startsWith("<body") || s.startsWith("<article") || s.startsWith("<meta")
        || (s.startsWith("<") && (s.contains("<body") || s.contains("<p>") || s.contains("<p ")));
  }
}
