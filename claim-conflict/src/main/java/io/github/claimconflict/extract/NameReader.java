package io.github.claimconflict.extract;

import static io.github.claimconflict.extract.ContextReader.lower;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the names in a sentence's tokens: runs of capitalized words joined by hyphens and by the
 * small words organisation names use, with titles kept apart as a role. Also says which sentences
 * are headlines, whose capitals name nothing. Lexicons of titles and function words only.
 */
final class NameReader {

  /**
   * A run of capitalized words, with its token span {@code [first, last)} and the title written
   * before it, if any.
   */
  record Name(String text, int first, int last, java.util.Optional<String> role) {}

  /** Titles and honorifics: written before a name, kept as its role, not part of it. */
  static final ImmutableSet<String> TITLES =
      ImmutableSet.of(
          "president", "minister", "premier", "chancellor", "mr", "mrs", "ms", "dr", "gen",
          "general", "senator", "sen", "rep", "governor", "gov", "king", "queen", "prince",
          "princess", "pope", "mayor", "judge", "ambassador", "secretary", "chairman",
          "chairwoman", "speaker", "sheikh", "emir", "sultan", "lord", "lady", "sir", "colonel",
          "col", "captain", "capt", "sergeant", "lieutenant", "commander", "archbishop", "bishop",
          "rev", "reverend", "professor", "prof", "prosecutor", "supt", "superintendent",
          "inspector", "mp", "pm", "chair", "chairperson", "director", "commissioner",
          "ayatollah", "imam", "mufti", "maj", "lt", "sgt", "cpl", "admiral", "brigadier",
          "marshal", "councillor", "councilor", "spokesman", "spokeswoman", "spokesperson",
          "leader", "head", "lawyer", "attorney", "doctor", "journalist", "reporter",
          "activist", "officer");

  /** Words that make a title only before one: "Prime Minister", "Foreign Minister". */
  private static final ImmutableSet<String> TITLE_PREFIXES =
      ImmutableSet.of("prime", "vice", "deputy", "acting", "foreign", "interior", "defence",
          "defense", "finance", "justice", "health", "attorney", "chief", "supreme", "police",
          "opposition", "party", "army", "major", "lieutenant", "detective", "senior");

  /**
   * Head nouns of organisations and offices: a person named right after one is not part of it
   * ("Coast Guard Maria Lind", "Secretary of State Anna Berg").
   */
  private static final ImmutableSet<String> ORGANISATION_HEADS =
      ImmutableSet.of("guard", "state", "affairs", "ministry", "commission", "committee",
          "council", "office", "department", "agency", "service", "services", "court", "army",
          "navy", "force", "forces", "police", "parliament", "assembly", "senate", "congress",
          "party", "union", "federation", "organisation", "organization", "authority", "board",
          "bureau", "directorate", "administration", "institute", "university", "company",
          "corporation", "society", "societies", "association", "foundation", "fund", "league",
          "front", "movement", "alliance", "coalition", "refugees", "rights", "defence",
          "defense", "interior", "health", "justice", "finance", "crescent", "cross",
          "programme", "program", "centre", "center", "group", "bank", "team", "unit");

  /**
   * Lower-case words that join the parts of one name: "Bank of England", "Ministry for ..."; "for"
   * only after an organisation's head noun, since a place or a person before it is a name of its
   * own ("flew to Lorvik for the Varta Cup").
   */
  private static final ImmutableSet<String> JOINERS =
      ImmutableSet.of("of", "for", "de", "del", "da", "di", "du", "van", "von", "der", "bin",
          "ibn", "al", "el", "la", "le");

  /**
   * Participles and nouns that a hyphen glues to a name to make a modifier of the next one
   * ("Kremlin-backed", "Army-linked", "Navy-run", "Soviet-era"): the name ends at the hyphen.
   */
  private static final ImmutableSet<String> MODIFIER_TAILS = ImmutableSet.of("linked", "backed",
      "led", "aligned", "affiliated", "allied", "run", "owned", "based", "controlled", "held",
      "inspired", "funded", "supported", "sponsored", "leaning", "style", "era", "born", "bound",
      "made", "trained", "armed", "friendly", "dominated", "appointed", "installed", "operated");

  /** Joiners allowed only in a name that already has one: "Security and Cooperation in Europe". */
  private static final ImmutableSet<String> LATE_JOINERS = ImmutableSet.of("and", "in", "on", "the");

  /** Capitalized words that start sentences and titles without naming anything. */
  static final ImmutableSet<String> NOT_NAMES =
      ImmutableSet.of(
          "the", "a", "an", "in", "on", "at", "of", "for", "to", "by", "with", "from", "and",
          "but", "or", "if", "as", "after", "before", "when", "while", "since", "during", "he",
          "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "this",
          "that", "these", "those", "there", "here", "some", "many", "most", "all", "no", "not",
          "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "local",
          "later", "late", "early", "earlier", "meanwhile", "however", "also", "then", "yet",
          "still", "now", "more", "less", "about", "around", "over", "under", "police", "officials",
          "thousands", "hundreds", "dozens", "millions", "another", "other", "both", "each",
          "every", "such", "what", "which", "who", "whom", "whose", "where", "why", "how", "so",
          "according", "despite", "although", "though", "only", "just", "even", "follow",
          "related", "read", "watch", "share", "updated", "published", "photo", "video", "image",
          "mr", "mrs", "ms", "dr", "yesterday", "today", "tomorrow", "tonight", "last", "next",
          "i\u2019d", "i'd", "i\u2019m", "i'm", "i\u2019ll", "i'll", "i\u2019ve", "i've",
          "new", "former", "some", "several", "nearly", "almost", "among", "amid", "across",
          "preliminary", "violent", "footage", "members", "opposition", "supporters",
          // sentence adverbs, which a comma and a number or "the" follow as they follow a
          // name in apposition ("Moreover, 50 people", "Petrov, 64, said")
          "moreover", "furthermore", "nevertheless", "nonetheless", "additionally",
          "consequently", "therefore", "thus", "hence", "indeed", "instead", "otherwise",
          "similarly", "likewise", "accordingly", "subsequently", "previously", "initially",
          "finally", "overall", "separately", "elsewhere", "currently", "recently",
          "reportedly", "allegedly", "apparently", "unfortunately", "fortunately", "tragically",
          "eventually", "ultimately", "notably", "specifically", "besides", "altogether",
          "regardless", "originally", "officially", "overnight", "afterwards", "afterward");

  private NameReader() {}

  /**
   * The names in a sentence: runs of capitalized words joined by glued hyphens. A sentence's first
   * word counts only when the article also writes it capitalized in mid-sentence ({@code
   * midSentenceCapitals}), since every sentence starts with a capital.
   */
  static List<Name> names(List<Token> t, Set<String> midSentenceCapitals) {
    List<Name> out = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      int titleStart = -1;
      while (i < t.size() && isTitle(t, i)) {
        titleStart = titleStart < 0 ? i : titleStart;
        i++;
        if (i < t.size() && t.get(i).is(".")) {
          i++;
        }
      }
      // After a title the word is never a sentence's first, so this is the same test.
      if (i >= t.size() || !isNameWord(t, i, midSentenceCapitals)) {
        i++;
        continue;
      }
      int start = i;
      StringBuilder text = new StringBuilder(stripPossessive(t.get(i).text()));
      boolean possessive = hasPossessive(t.get(i).text());
      boolean joined = false;
      int end = i + 1;
      i++;
      while (!possessive && i < t.size()) {
        Token tok = t.get(i);
        if ((tok.is("al") || tok.is("el")) && i + 2 < t.size() && glued(t, i + 1)
            && t.get(i + 2).isCapitalized() && tok.spaceBefore()) {
          // an Arabic article glued to the next part of the name: "Tariq al-Sabbagh"
          text.append(' ').append(tok.text()).append('-')
              .append(stripPossessive(t.get(i + 2).text()));
          possessive = hasPossessive(t.get(i + 2).text());
          i += 3;
          end = i;
        } else if ((tok.is("-") || tok.is("\u2010")) && !tok.spaceBefore() && i + 1 < t.size()
            && t.get(i + 1).isWord() && !t.get(i + 1).spaceBefore()
            && !abbreviationStarts(t, i + 1) && !MODIFIER_TAILS.contains(t.get(i + 1).lower())) {
          // "Port-Alder", and "Co-operation" with its lower-case second half
          text.append('-').append(stripPossessive(t.get(i + 1).text()));
          possessive = hasPossessive(t.get(i + 1).text());
          i += 2;
          end = i;
        } else if (tok.isCapitalized() && !NOT_NAMES.contains(lower(tok))
            && !endsNameAsDate(t, i) && !isTitle(t, i) && !inCode(t, i)) {
          text.append(' ').append(stripPossessive(tok.text()));
          possessive = hasPossessive(tok.text());
          i++;
          end = i;
        } else if (tok.isWord() && tok.spaceBefore() && elidedParticle(tok.text())) {
          // a Romance "de" elided before a vowel and glued to the next part: "Côte d'Ivoire"
          text.append(' ').append(stripPossessive(tok.text()));
          possessive = hasPossessive(tok.text());
          i++;
          end = i;
        } else if (tok.isWord() && !tok.isCapitalized()
            && (JOINERS.contains(tok.lower()) || joined && LATE_JOINERS.contains(tok.lower()))
            && (!tok.is("for") || ORGANISATION_HEADS.contains(t.get(i - 1).lower()))
            && joinsNames(t, i)) {
          int k = i;
          while (k < t.size() && t.get(k).isWord() && !t.get(k).isCapitalized()) {
            text.append(' ').append(t.get(k).text());
            k++;
          }
          joined = true;
          i = k;
        } else {
          break;
        }
      }
      String name = text.toString();
      // A trailing joiner is no part of the name: cut back to the last capitalized word.
      while (!name.isEmpty() && Character.isLowerCase(name.charAt(name.lastIndexOf(' ') + 1))
          && name.indexOf('-', name.lastIndexOf(' ')) < 0
          && !elidedParticle(name.substring(name.lastIndexOf(' ') + 1))) {
        name = name.substring(0, Math.max(0, name.lastIndexOf(' ')));
      }
      i = Math.max(end, start + 1);
      java.util.Optional<String> role = java.util.Optional.empty();
      if (titleStart >= 0) {
        StringBuilder r = new StringBuilder();
        for (int k = titleStart; k < start; k++) {
          if (t.get(k).isWord()) {
            r.append(r.length() == 0 ? "" : " ").append(t.get(k).text());
          }
        }
        role = java.util.Optional.of(r.toString());
      }
      Name n = new Name(name, start, end, role);
      splitAtOrganisation(n, t, out);
    }
    return out;
  }

  /**
   * Adds a name, split where an organisation's head noun is followed by a person's two or three
   * words ("Coast Guard Maria Lind"): the organisation is a name of its own when it has two words
   * or more, and the role of the person.
   */
  private static void splitAtOrganisation(Name n, List<Token> t, List<Name> out) {
    int space = n.text().indexOf(' ');
    if (space < 0 || n.text().indexOf(' ', space + 1) < 0) {
      out.add(n); // fewer than three words: nothing to split
      return;
    }
    String[] words = n.text().split(" ");
    int k = -1;
    for (int w = words.length - 3; w >= 0 && k < 0; w--) {
      if (ORGANISATION_HEADS.contains(words[w].toLowerCase(java.util.Locale.ROOT))) {
        k = w;
      }
    }
    if (k < 0 || words.length - k - 1 > 3) {
      out.add(n);
      return;
    }
    for (int w = k + 1; w < words.length; w++) {
      String x = words[w];
      if (ORGANISATION_HEADS.contains(x.toLowerCase(java.util.Locale.ROOT))
          || !Character.isUpperCase(x.charAt(0)) || x.length() > 1 && x.equals(x.toUpperCase(
              java.util.Locale.ROOT))) {
        out.add(n);
        return;
      }
    }
    int p = -1;
    for (int i = n.last() - 1; i > n.first(); i--) {
      if (t.get(i).text().startsWith(words[k + 1]) && t.get(i - 1).text().startsWith(words[k])) {
        p = i;
        break;
      }
    }
    if (p < 0) {
      out.add(n);
      return;
    }
    String organisation = String.join(" ", java.util.Arrays.asList(words).subList(0, k + 1));
    String person = String.join(" ", java.util.Arrays.asList(words).subList(k + 1, words.length));
    if (k >= 1) {
      out.add(new Name(organisation, n.first(), p, n.role()));
    }
    String role = n.role().map(r -> r + " " + organisation).orElse(organisation);
    out.add(new Name(person, p, n.last(), java.util.Optional.of(role)));
  }

  private static boolean isTitle(List<Token> t, int i) {
    Token tok = t.get(i);
    if (!tok.isCapitalized()) {
      return false;
    }
    String w = lower(tok);
    return TITLES.contains(w)
        || TITLE_PREFIXES.contains(w) && i + 1 < t.size() && isTitle(t, i + 1);
  }

  /** Whether the lower-case words from {@code i} lead, within two words, to a capitalized one. */
  private static boolean joinsNames(List<Token> t, int i) {
    for (int k = i; k < t.size() && k < i + 3; k++) {
      if (t.get(k).isCapitalized()) {
        return !NOT_NAMES.contains(lower(t.get(k))) && !isCalendarWord(t.get(k)) && !inCode(t, k);
      }
      if (!t.get(k).isWord() || !(JOINERS.contains(t.get(k).lower())
          || LATE_JOINERS.contains(t.get(k).lower()))) {
        return false;
      }
    }
    return false;
  }

  private static boolean isCalendarWord(Token tok) {
    String w = lower(tok);
    return NumberWords.WEEKDAYS.contains(w) || NumberWords.MONTHS.contains(w);
  }

  /**
   * Whether a word is "d'" glued to a capitalized word ("d'Ivoire"): a part of the name it
   * follows, though it starts in lower case.
   */
  static boolean elidedParticle(String w) {
    return w.length() >= 4 && w.charAt(0) == 'd'
        && (w.charAt(1) == '\'' || w.charAt(1) == '\u2019') && Character.isUpperCase(w.charAt(2));
  }

  /** A calendar word, unless a glued hyphen makes it a syllable of a name ("Jun-ho"). */
  private static boolean isCalendarWord(List<Token> t, int i) {
    return isCalendarWord(t.get(i)) && !(i + 1 < t.size() && glued(t, i + 1));
  }

  /**
   * Whether a calendar word after a name's first word is a date rather than more of the name: a
   * weekday always ("Riverton Monday"), a month beside a number ("Riverton May 5"), but not a month
   * that goes on a name ("Anna May", "Baek Jun Ho").
   */
  private static boolean endsNameAsDate(List<Token> t, int i) {
    if (!isCalendarWord(t, i)) {
      return false;
    }
    if (NumberWords.WEEKDAYS.contains(lower(t.get(i)))) {
      return true;
    }
    return i + 1 < t.size() && t.get(i + 1).isNumber() || i > 0 && t.get(i - 1).isNumber()
        || i + 1 < t.size() && t.get(i + 1).is(".");
  }

  /**
   * Whether a word is glued to a number, the letters of a code ("MH17", "4U9525", "G20"): no
   * name, nor a part of the one beside it.
   */
  private static boolean inCode(List<Token> t, int i) {
    return i + 1 < t.size() && t.get(i + 1).isNumber() && !t.get(i + 1).spaceBefore()
        || i > 0 && t.get(i - 1).isNumber() && !t.get(i).spaceBefore();
  }

  private static boolean glued(List<Token> t, int i) {
    Token tok = t.get(i);
    return (tok.is("-") || tok.is("\u2010")) && !tok.spaceBefore() && i + 1 < t.size()
        && t.get(i + 1).isWord() && !t.get(i + 1).spaceBefore();
  }

  /**
   * Whether a sentence is a headline rather than prose: no closing stop, and most of its longer
   * words capitalized. Its capitals say nothing about which words are names.
   */
  static boolean isHeadline(List<Token> t) {
    if (t.isEmpty() || t.get(t.size() - 1).is(".") || t.get(t.size() - 1).is("\"")
        || t.get(t.size() - 1).is("\u201d")) {
      return false;
    }
    int words = 0;
    int capitals = 0;
    for (Token tok : t) {
      if (tok.isWord() && tok.text().length() > 3) {
        words++;
        if (tok.isCapitalized()) {
          capitals++;
        }
      }
    }
    return words >= 3 && capitals * 10 >= words * 6;
  }

  /** The lower-case forms of words capitalized after a sentence's first word. */
  static void collectMidSentenceCapitals(List<Token> t, Set<String> into) {
    for (int i = 1; i < t.size(); i++) {
      Token tok = t.get(i);
      if (tok.isCapitalized() && !t.get(i - 1).is("\"") && !t.get(i - 1).is("\u201c")) {
        into.add(lower(tok));
      }
    }
  }

  private static boolean isNameWord(List<Token> t, int i, Set<String> midSentenceCapitals) {
    Token tok = t.get(i);
    if (!tok.isCapitalized()) {
      return false;
    }
    String w = lower(tok);
    if (NOT_NAMES.contains(w) || isCalendarWord(t, i) || inCode(t, i)) {
      return false;
    }
    boolean sentenceStart = i == 0 || (i == 1 && t.get(0).type() == Token.Type.PUNCT);
    return !sentenceStart || midSentenceCapitals.contains(w) || looksNamedAtStart(t, i)
        || surnameShaped(w);
  }

  /** Endings of Slavic, Caucasian and Turkic surnames that no English word has. */
  private static final List<String> SURNAME_ENDINGS = List.of("skaya", "skaia", "ovna", "evna",
      "ovich", "evich", "enko", "shvili", "adze", "ov", "ova", "ev", "eva", "sky", "skiy", "ski",
      "yan", "oglu", "bekov", "uk");

  /**
   * Whether a sentence's first word has a surname's shape ("Petrenko was..."): only that tells a
   * name there when the article writes it nowhere else.
   */
  private static boolean surnameShaped(String w) {
    if (w.length() < 6) {
      return false;
    }
    for (String e : SURNAME_ENDINGS) {
      if (w.endsWith(e)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A sentence's first word is a name when what follows only suits a name: another capitalized
   * word ("Novak Sandor followed"), "and" with a name ("Unity and Civic Path"), a glued particle
   * and a capitalized word ("Tarbat-ul-Noor said"), or an apposition ("Novak, the ruling party",
   * "Petrov, 64,").
   */
  private static boolean looksNamedAtStart(List<Token> t, int i) {
    if (i + 1 >= t.size()) {
      return false;
    }
    Token next = t.get(i + 1);
    if (next.isCapitalized() && !NOT_NAMES.contains(lower(next))) {
      return true;
    }
    // a compound joined by a short lower-case particle to a capitalized word: "Tarbat-ul-Noor",
    // "Dar-e-Salam"; English compounds capitalize no word after such a particle
    if (glued(t, i + 1) && i + 4 < t.size() && !t.get(i + 2).isCapitalized()
        && t.get(i + 2).text().length() <= 3 && glued(t, i + 3) && t.get(i + 4).isCapitalized()) {
      return true;
    }
    if ((next.is("and") || next.is("or")) && i + 2 < t.size() && t.get(i + 2).isCapitalized()
        && !NOT_NAMES.contains(lower(t.get(i + 2)))) {
      return true;
    }
    if (next.is(",") && i + 2 < t.size()) {
      Token after = t.get(i + 2);
      return after.is("the") || after.is("a") || after.is("an") || after.isNumber()
          || (after.isCapitalized() && !NOT_NAMES.contains(lower(after)));
    }
    return false;
  }

  /** Whether a letter and a glued full stop start an abbreviation there ("Varnian-U.S."). */
  private static boolean abbreviationStarts(List<Token> t, int i) {
    return t.get(i).text().length() == 1 && i + 1 < t.size() && t.get(i + 1).is(".")
        && !t.get(i + 1).spaceBefore();
  }

  static String stripPossessive(String word) {
    if (hasPossessive(word)) {
      return word.substring(0, word.length() - 2);
    }
    return word;
  }

  private static boolean hasPossessive(String word) {
    return word.length() > 2 && (word.endsWith("'s") || word.endsWith("\u2019s"));
  }
}
