package io.github.claimconflict.extract;

import com.google.common.collect.ImmutableSet;
import io.github.claimconflict.extract.NameReader.Name;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whose age a figure is. An age written before its noun ("the 31-year-old Dutch nurse Elin
 * Varga") is the age of the name that ends that noun phrase, not of a capitalized modifier inside
 * it ("Dutch"); one whose phrase ends in a role noun with no name ("the 31-year-old nurse of the
 * clinic") is the age of the person the article names in that role ("Elin Varga, the clinic's
 * nurse"), and of no one when it names none or several. Other ages ("Varga, 31,") are the
 * nearest name's before them, skipping a name that only modifies a noun ("the Dutch public").
 */
final class AgeSubject {

  /** How many sentences either side of an age its role noun's holder is looked for. */
  private static final int REACH = 40;

  /** How many words a noun phrase after an age may run before its head or name. */
  private static final int PHRASE = 5;

  /**
   * Words that end a noun phrase rather than continue it: verbs of linking and saying,
   * prepositions, conjunctions, relative pronouns.
   */
  private static final ImmutableSet<String> STOPS = ImmutableSet.of("was", "is", "were", "are",
      "be", "been", "had", "has", "have", "who", "whom", "whose", "which", "that", "and", "or",
      "but", "of", "from", "in", "on", "at", "to", "for", "with", "by", "as", "into", "after",
      "before", "said", "says", "told", "could", "would", "will", "may", "might", "can", "did",
      "does", "died", "remained", "remains", "became", "appeared", "allegedly", "reportedly",
      "himself", "herself", "he", "she", "it", "they", "the", "a", "an");

  private static final ImmutableSet<String> DETERMINERS = ImmutableSet.of("the", "a", "an",
      "its", "his", "her", "their", "our", "this", "that");

  private AgeSubject() {}

  /**
   * The subject of the age over tokens {@code [first, last)} of sentence {@code sentence} of
   * {@code text}: the name its noun phrase ends in, the name the article gives its role noun, or
   * the nearest name before it; empty when none can be told.
   */
  static List<String> of(List<Token> t, int first, int last, List<Name> names,
      ArticleText text, int sentence) {
    if (last > 0 && t.get(last - 1).is("old")) {
      Name before = appositionBefore(t, first, names);
      if (before != null) {
        return List.of(before.text()); // "Elin Varga, a 31-year-old Dutch citizen,"
      }
      Phrase phrase = phraseAfter(t, last, names);
      if (phrase.name() != null) {
        return List.of(phrase.name().text());
      }
      if (!phrase.words().isEmpty()) {
        // Which word is the head is not known ("the 31-year-old nurse left"): the first that the
        // article gives someone as a role is.
        for (String w : phrase.words()) {
          List<String> holders = roleHolders(text, sentence, w);
          if (!holders.isEmpty()) {
            return holders.size() == 1 ? holders : List.of();
          }
        }
        return List.of();
      }
    }
    for (int k = names.size() - 1; k >= 0; k--) {
      Name n = names.get(k);
      if (n.last() <= first && first - n.last() <= ContextReader.CONTEXT_WINDOW
          && !modifier(t, n)) {
        return List.of(n.text());
      }
    }
    for (Name n : names) {
      if (n.first() >= last && n.first() - last <= ContextReader.CONTEXT_WINDOW
          && !modifier(t, n)) {
        return List.of(n.text());
      }
    }
    return List.of();
  }

  /** The noun phrase after a pre-nominal age: the name that ends it, else its words. */
  private record Phrase(Name name, List<String> words) {}

  private static Phrase phraseAfter(List<Token> t, int from, List<Name> names) {
    List<String> head = new ArrayList<>();
    int i = from;
    int words = 0;
    while (i < t.size() && words < PHRASE) {
      Name n = nameAt(names, i);
      if (n != null) {
        if (n.last() - n.first() == 1 && n.last() < t.size() && isNounWord(t.get(n.last()))) {
          // "the 31-year-old Dutch nurse": a capitalized modifier, not the person
          i = n.last();
          words++;
          continue;
        }
        return new Phrase(n, List.of());
      }
      Token tok = t.get(i);
      if (!isNounWord(tok)) {
        break;
      }
      // "co-pilot", "ex-soldier": a hyphenated compound is one word
      StringBuilder w = new StringBuilder(tok.lower());
      i++;
      while (i + 1 < t.size() && t.get(i).is("-") && !t.get(i).spaceBefore()
          && t.get(i + 1).isWord() && !t.get(i + 1).spaceBefore()) {
        w.append('-').append(t.get(i + 1).lower());
        i += 2;
      }
      head.add(w.toString());
      words++;
    }
    return new Phrase(null, head);
  }

  /** The name just before "{@code ,} a" (an aside's article and adjectives) and the age. */
  private static Name appositionBefore(List<Token> t, int first, List<Name> names) {
    int i = first - 1;
    while (i >= 0 && first - i <= 3 && !t.get(i).is(",")) {
      if (!t.get(i).isWord() || t.get(i).isCapitalized() && !DETERMINERS.contains(t.get(i).lower())) {
        return null;
      }
      i--;
    }
    if (i < 1 || !t.get(i).is(",") || i == first - 1) {
      return null;
    }
    for (Name n : names) {
      if (n.last() == i) {
        return n;
      }
    }
    return null;
  }

  /** A lower-case word that may stand in a noun phrase. */
  private static boolean isNounWord(Token tok) {
    return tok.isWord() && !tok.isCapitalized() && !STOPS.contains(tok.lower())
        && !tok.lower().endsWith("ly");
  }

  private static Name nameAt(List<Name> names, int i) {
    for (Name n : names) {
      if (n.first() == i) {
        return n;
      }
    }
    return null;
  }

  /** "the Dutch public", "The Harbour Line driver": a name before a noun in a phrase. */
  private static boolean modifier(List<Token> t, Name n) {
    return n.first() > 0 && DETERMINERS.contains(t.get(n.first() - 1).lower())
        && n.last() < t.size() && isNounWord(t.get(n.last()));
  }

  /**
   * The people the article names in the role {@code role} within {@link #REACH} sentences of
   * sentence {@code at} (a bound that keeps a page of many ages linear): "nurse Elin Varga",
   * "Elin Varga, the clinic's nurse", "the nurse, Elin Varga", or a name whose title is the
   * role; each once.
   */
  private static List<String> roleHolders(ArticleText text, int at, String role) {
    List<String> found = new ArrayList<>();
    int to = Math.min(text.sentences().size(), at + REACH + 1);
    for (int s = Math.max(0, at - REACH); s < to; s++) {
      if (text.isBoilerplate(s)) {
        continue;
      }
      List<Token> t = text.tokens(s);
      for (Name n : text.names(s)) {
        String lower = n.text().toLowerCase(Locale.ROOT);
        if (lower.equals(role)) {
          continue; // "Co-pilot" read as a name on its own
        }
        if (lower.startsWith(role + " ") || n.role().map(r -> r.toLowerCase(Locale.ROOT).endsWith(role)).orElse(false)
            || endsWithRole(t, n.first(), role) || appositionAfter(t, n, role)) {
          add(found, stripRole(n.text(), role));
        }
      }
    }
    return found;
  }

  /** Whether the words just before token {@code at} (a comma aside) spell the role. */
  private static boolean endsWithRole(List<Token> t, int at, String role) {
    int i = at;
    if (i > 0 && t.get(i - 1).is(",")) {
      i--; // "the nurse, Elin Varga"
    }
    return compoundEndingAt(t, i).equals(role);
  }

  /** "Elin Varga, the clinic's nurse,": the role in the aside after the name. */
  private static boolean appositionAfter(List<Token> t, Name n, String role) {
    int i = n.last();
    if (i + 1 >= t.size() || !t.get(i).is(",") && !t.get(i).is("is") && !t.get(i).is("was")) {
      return false; // "Elin Varga, the clinic's nurse", "Elin Varga is the clinic's nurse"
    }
    String next = t.get(i + 1).lower();
    if (!DETERMINERS.contains(next) && !next.endsWith("'s") && !next.endsWith("\u2019s")) {
      return false; // "Elin Varga, and its doctor": another person's role
    }
    for (int k = i + 1; k < t.size() && k <= i + PHRASE + 1; k++) {
      Token tok = t.get(k);
      if (tok.is(",") || tok.is(".") || ContextReader.isBoundary(tok) && !tok.is("-")) {
        return compoundEndingAt(t, k).equals(role);
      }
    }
    return false;
  }

  /** The (hyphenated) word ending just before token {@code end}, in lower case, or "". */
  private static String compoundEndingAt(List<Token> t, int end) {
    int i = end - 1;
    if (i < 0 || !t.get(i).isWord()) {
      return "";
    }
    StringBuilder w = new StringBuilder(t.get(i).lower());
    while (i >= 2 && t.get(i - 1).is("-") && !t.get(i).spaceBefore() && !t.get(i - 1).spaceBefore()
        && t.get(i - 2).isWord()) {
      w.insert(0, t.get(i - 2).lower() + "-");
      i -= 2;
    }
    return w.toString();
  }

  /** "Co-pilot Elin Varga" read as a name: the person is "Elin Varga". */
  private static String stripRole(String name, String role) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.startsWith(role + " ") && name.length() > role.length() + 1) {
      return name.substring(role.length() + 1);
    }
    return name;
  }

  /** Adds a name unless it is already there, as itself or within a longer spelling. */
  private static void add(List<String> found, String name) {
    for (int k = 0; k < found.size(); k++) {
      String f = found.get(k);
      if (containsWords(f, name) || containsWords(name, f)) {
        if (name.length() > f.length()) {
          found.set(k, name);
        }
        return;
      }
    }
    found.add(name);
  }

  /** Whether every word of {@code b} is among {@code a}'s, case aside. */
  private static boolean containsWords(String a, String b) {
    List<String> x = List.of(a.toLowerCase(Locale.ROOT).split(" "));
    for (String w : b.toLowerCase(Locale.ROOT).split(" ")) {
      if (!x.contains(w)) {
        return false;
      }
    }
    return true;
  }
}
