package io.github.claimconflict.extract;

import io.github.claimconflict.claim.Evidence;
import io.github.claimconflict.claim.NameClaim;
import io.github.claimconflict.extract.NameReader.Name;
import io.github.claimconflict.text.Edits;
import io.github.claimconflict.text.Language;
import io.github.claimconflict.text.Transliteration;
import io.github.claimconflict.text.WordForms;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Extracts {@link NameClaim}s: runs of capitalized words, joined by the small words organisation
 * names use ("Organisation for Security and Cooperation in Europe") and by hyphens ("Alder-Ness"),
 * with titles kept apart as a role and possessives removed. Sentence starts count only where the
 * article also capitalizes the word in mid-sentence or what follows shows a name; days and
 * months are left out, and so are headlines, but for a misspelling there of a prose name.
 */
public final class NameExtractor implements ClaimExtractor<NameClaim> {

  @Override
  public List<NameClaim> extract(ArticleText text) {
    List<Sentences.Sentence> sentences = text.sentences();
    List<List<Name>> found = new ArrayList<>();
    Set<String> alone = new HashSet<>();
    Set<String> lowerCase = new HashSet<>();
    for (int i = 0; i < sentences.size(); i++) {
      for (Token tok : text.tokens(i)) {
        if (tok.isWord() && Character.isLowerCase(tok.text().charAt(0))) {
          lowerCase.add(tok.lower());
        }
      }
    }
    Optional<Language> language = text.language();
    Set<String> commonNouns = language.isPresent() && language.get().capitalizesNouns()
        ? commonNouns(text, language.get()) : Set.of();
    List<Integer> headlines = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      if (text.isBoilerplate(i) || text.isHeadline(i)) {
        found.add(List.of());
        if (!text.isBoilerplate(i)) {
          headlines.add(i);
        }
        continue;
      }
      List<Name> names = new ArrayList<>();
      List<Token> tokens = text.tokens(i);
      for (Name n : text.names(i)) {
        withoutCommonFirstWord(n, text.tokens(i), lowerCase, text.midSentenceCapitals())
            .flatMap(m -> withoutWordsOfTheLanguage(m, tokens, language, commonNouns))
            .ifPresent(names::add);
      }
      names.stream().filter(n -> n.text().indexOf(' ') < 0)
          .forEach(n -> alone.add(n.text().toLowerCase(Locale.ROOT)));
      found.add(names);
    }
    if (!headlines.isEmpty()) {
      Set<String> proseWords = nameWords(found);
      for (int i : headlines) {
        found.set(i, misspeltInHeadline(text.tokens(i), proseWords, lowerCase));
      }
    }
    List<NameClaim> out = new ArrayList<>();
    int cut = cutEnd(text.text());
    for (int i = 0; i < sentences.size(); i++) {
      List<Token> t = text.tokens(i);
      Sentences.Sentence s = sentences.get(i);
      EvidenceWindows windows = new EvidenceWindows(s.text(), s.start());
      for (Name whole : found.get(i)) {
        for (Name n : splitAtNamedWord(whole, t, alone)) {
          int start = t.get(n.first()).start();
          int end = start + n.text().length();
          if (!text.text().startsWith(n.text(), start)) {
            end = t.get(n.last() - 1).end(); // a possessive was removed inside the run
          }
          if (end == cut) {
            continue; // the text stops inside this name: "near the Harbour Hote"
          }
          out.add(new NameClaim(windows.of(text.article().id(), start, end), n.text(), n.role()));
        }
      }
    }
    return out;
  }

  /**
   * Where a text that stops in the middle of a word ends, or -1: its last character, white
   * space aside, is a letter, with no mark of a sentence's end after it. An excerpt or a feed's
   * summary cut at a fixed length ends so, and its last word may be half a name.
   */
  private static int cutEnd(String text) {
    int end = text.length();
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end > 0 && Character.isLetter(text.charAt(end - 1)) ? end : -1;
  }

  /** The words of the names read from the article's prose, in lower case. */
  private static Set<String> nameWords(List<List<Name>> found) {
    Set<String> out = new HashSet<>();
    for (List<Name> names : found) {
      for (Name n : names) {
        for (String w : n.text().toLowerCase(Locale.ROOT).split("[ \\-]")) {
          if (!w.isEmpty()) {
            out.add(w);
          }
        }
      }
    }
    return out;
  }

  /**
   * A headline's capitals name nothing by themselves, but a run there that spells a name of the
   * article's prose another way ("Marvetno" above a text on "Marvento") is that name, and the
   * slip a reader sees first. A run of capitalized words, each a word of the prose's names or a
   * likely misspelling of one that the article never writes in lower case, is kept when it holds
   * such a misspelling.
   */
  private static List<Name> misspeltInHeadline(List<Token> t, Set<String> proseWords,
      Set<String> lowerCase) {
    List<Name> out = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      int first = i;
      boolean slip = false;
      StringBuilder text = new StringBuilder();
      while (i < t.size()) {
        Token tok = t.get(i);
        if (tok.is("-") && !tok.spaceBefore() && text.length() > 0 && i + 1 < t.size()
            && !t.get(i + 1).spaceBefore() && t.get(i + 1).isWord()) {
          text.append('-'); // "Al-Harun"
          i++;
          continue;
        }
        if (!tok.isWord() || !tok.isCapitalized()) {
          break;
        }
        String w = NameReader.stripPossessive(tok.text());
        String lower = w.toLowerCase(Locale.ROOT);
        boolean named = proseWords.contains(lower);
        if (!named && !(misspells(lower, proseWords) && !lowerCase.contains(lower))) {
          break;
        }
        slip |= !named;
        if (text.length() > 0 && text.charAt(text.length() - 1) != '-') {
          text.append(' ');
        }
        text.append(w);
        i++;
        if (!w.equals(tok.text())) {
          break; // a possessive ends the name
        }
      }
      if (text.length() > 0 && text.charAt(text.length() - 1) == '-') {
        text.setLength(text.length() - 1);
        i--;
      }
      if (slip) {
        out.add(new Name(text.toString(), first, i, Optional.empty()));
      }
      i = Math.max(i, first + 1);
    }
    return out;
  }

  /** Letters a word needs before one slip in it can be told from another word. */
  private static final int SLIP_MIN_LENGTH = 5;

  /**
   * Whether a word is one slip away from a word of the prose's names: a letter added, dropped or
   * changed, two neighbours swapped, or a transliteration fold; not another form of it.
   */
  private static boolean misspells(String w, Set<String> proseWords) {
    if (w.length() < SLIP_MIN_LENGTH) {
      return false;
    }
    for (String p : proseWords) {
      if (p.length() >= SLIP_MIN_LENGTH && p.charAt(0) == w.charAt(0)
          && Math.abs(p.length() - w.length()) <= 1 && !WordForms.derivedFrom(p, w)
          && !WordForms.derivedFrom(w, p) && !WordForms.feminineOf(p, w)
          && (Edits.withSwaps(p, w) <= 1 || Transliteration.variants(p, w))) {
        return true;
      }
    }
    return false;
  }

  /**
   * In a language that capitalizes its nouns, the capitalized words the article writes right
   * after a determiner or a numeral ("die Regierung", "im Hafen", "zwei Fischer"), or joined by
   * "und" to such a noun ("Retter und Soldaten"), and its calendar's words: common nouns
   * wherever they stand.
   */
  private static Set<String> commonNouns(ArticleText text, Language language) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i < text.sentences().size(); i++) {
      List<Token> t = text.tokens(i);
      for (int k = 0; k < t.size(); k++) {
        if (t.get(k).isWord() && t.get(k).isCapitalized()
            && (k > 0 && language.marksCommonNoun(t.get(k - 1).lower())
                || language.calendarWord(t.get(k).lower()))) {
          out.add(t.get(k).lower());
        }
      }
    }
    for (int i = 0; i < text.sentences().size(); i++) {
      List<Token> t = text.tokens(i);
      for (int k = 2; k < t.size(); k++) {
        if (t.get(k).isWord() && t.get(k).isCapitalized() && t.get(k - 1).is("und")
            && out.contains(t.get(k - 2).lower())) {
          out.add(t.get(k).lower());
        }
      }
    }
    return out;
  }

  /**
   * The words of the article's own language are no names: a function word alone ("Die", "Le",
   * "El" starting a sentence), and in a language that capitalizes nouns a common noun at the
   * start of a run ("der Bundeskanzler Olaf Scholz" names "Olaf Scholz"), a run of common
   * nouns naming nothing.
   */
  private static Optional<Name> withoutWordsOfTheLanguage(Name n, List<Token> t,
      Optional<Language> language, Set<String> commonNouns) {
    if (language.isEmpty()) {
      return Optional.of(n);
    }
    Language l = language.get();
    int first = n.first();
    while (first < n.last() && t.get(first).isWord()
        && (l.functionWords().contains(t.get(first).lower())
            && (n.last() - first == 1 || l.capitalizesNouns())
            || commonNouns.contains(t.get(first).lower()))) {
      first++;
    }
    if (first == n.first()) {
      return Optional.of(n);
    }
    while (first < n.last() && !t.get(first).isWord()) {
      first++;
    }
    if (first >= n.last()) {
      return Optional.empty();
    }
    int from = 0; // past the dropped words as the run writes them
    for (int k = n.first(); k < first; k++) {
      while (from < n.text().length() && Character.isWhitespace(n.text().charAt(from))) {
        from++;
      }
      if (!n.text().startsWith(t.get(k).text(), from)) {
        return Optional.of(n);
      }
      from += t.get(k).text().length();
    }
    while (from < n.text().length() && Character.isWhitespace(n.text().charAt(from))) {
      from++;
    }
    if (from >= n.text().length()) {
      return Optional.empty();
    }
    return Optional.of(new Name(n.text().substring(from), first, n.last(), n.role()));
  }

  /**
   * A sentence's first word alone that the article writes in lower case elsewhere, and never
   * capitalized inside a sentence, is a word of the language, not a name ("Previously, ...").
   */
  private static java.util.Optional<Name> withoutCommonFirstWord(Name n, List<Token> t,
      Set<String> lowerCase, Set<String> capitals) {
    int f = n.first();
    boolean sentenceStart = f == 0 || f == 1 && t.get(0).type() == Token.Type.PUNCT;
    String w = t.get(f).lower();
    if (!sentenceStart || !lowerCase.contains(w) || capitals.contains(w)
        || n.role().isPresent()) {
      return java.util.Optional.of(n);
    }
    // a longer run keeps its first word: "Typhoon Nari", "Lake Ossora" name with a common noun
    return n.text().indexOf(' ') < 0 && n.text().indexOf('-') < 0 ? java.util.Optional.empty()
        : java.util.Optional.of(n);
  }

  /**
   * A run of three words or more that starts with a word the article names alone and ends with
   * another is two names side by side ("... from Belarus Anna Petrenko", with "Belarus" and
   * "Petrenko" named alone elsewhere), not one.
   */
  private static List<Name> splitAtNamedWord(Name n, List<Token> t, Set<String> alone) {
    int space = n.text().indexOf(' ');
    if (space < 0 || n.text().indexOf(' ', space + 1) < 0) {
      return List.of(n);
    }
    String[] words = n.text().split(" ");
    if (words.length < 3 || n.last() - n.first() < 3
        || !alone.contains(words[0].toLowerCase(Locale.ROOT))
        || !alone.contains(words[words.length - 1].toLowerCase(Locale.ROOT))
        || !t.get(n.first()).text().equals(words[0])
        || !t.get(n.first() + 1).text().startsWith(words[1])) {
      return List.of(n);
    }
    return List.of(new Name(words[0], n.first(), n.first() + 1, n.role()),
        new Name(n.text().substring(words[0].length() + 1), n.first() + 1, n.last(),
            java.util.Optional.empty()));
  }
}
