package io.github.claimconflict.extract;

import static io.github.claimconflict.extract.ContextReader.clause;

import com.google.common.collect.ImmutableSet;
import io.github.claimconflict.extract.NameReader.Name;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * A figure's place, read from its sentence: the places it names (over the names {@link
 * NameReader} finds), and whether its clause gives it a scope wider than one place
 * ("nationwide", "in some 40 towns"). Lexicons of function words only; no names of anything.
 */
final class FigurePlace {

  private static final ImmutableSet<String> LOCATIVES =
      ImmutableSet.of("in", "at", "into", "outside", "near", "inside", "across", "throughout",
          "towards", "toward", "onto", "beside", "opposite", "through", "filled");

  /** Nouns that make "of X" a place: "the city of X", "the province of X". */
  private static final ImmutableSet<String> PLACE_NOUNS =
      ImmutableSet.of("city", "town", "village", "province", "region", "state", "district",
          "island", "port", "capital", "county", "municipality", "suburb", "outskirts");

  /** Participles that make "in X" where someone sits, not where the figure stands. */
  private static final ImmutableSet<String> SEATED =
      ImmutableSet.of("based", "headquartered", "stationed", "located", "registered");

  /** Words that open a relative clause, whose subject is no place of what precedes them. */
  private static final ImmutableSet<String> RELATIVES =
      ImmutableSet.of("where", "which", "who", "whose", "whom", "that", "when");

  private FigurePlace() {}

  /**
   * Lower-case names that follow a locative preposition within a few words: "in the capital
   * Riverton's Alder-Ness square" gives {@code riverton} and {@code alder-ness}.
   */
  static Set<String> places(List<Token> t, List<Name> names) {
    return places(t, names, -1);
  }

  /**
   * The places of the figure that ends before token {@code figureEnd}: a name that opens the
   * figure's own noun phrase ("the eight-storey Alder House building", "the 5,000-seat Ness
   * Arena") is the thing it describes, not where it stands.
   */
  static Set<String> places(List<Token> t, List<Name> names, int figureEnd) {
    Set<String> out = new LinkedHashSet<>();
    for (Name n : names) {
      if (n.first() != figureEnd && isPlace(t, n)) {
        out.add(n.text().toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  /** Whether a name follows a locative preposition within a few words, as a place does. */
  private static boolean isPlace(List<Token> t, Name n) {
    if (n.first() > 0 && (t.get(n.first() - 1).is("a") || t.get(n.first() - 1).is("an"))) {
      return false; // "in a Baltic fishing village", "at an Alpine hut": a modifier, no place
    }
    int from = n.first() - 1;
    if (from >= 2 && t.get(from).is(",") && PLACE_NOUNS.contains(t.get(from - 1).lower())) {
      from--; // "in the capital, Orlen": the name in apposition to a place noun
    }
    for (int p = from; p >= 0 && p >= from - 5; p--) {
      Token tok = t.get(p);
      if (tok.type() == Token.Type.PUNCT && !tok.is("-") || tok.isNumber()) {
        return false;
      }
      if (RELATIVES.contains(tok.lower())) {
        return false; // "in the country where Dravonians are few": a relative clause's subject
      }
      if (LOCATIVES.contains(tok.lower()) && p > 0 && SEATED.contains(t.get(p - 1).lower())) {
        return false; // "the administration, based in X, estimates": where the claimant sits
      }
      if (LOCATIVES.contains(tok.lower())
          || tok.is("of") && p > 0 && PLACE_NOUNS.contains(t.get(p - 1).lower())) {
        return true; // "in Riverton", and "the coastal city of Riverton"
      }
    }
    return false;
  }

  /** A figure's tokens, {@code first} up to (not including) {@code last}. */
  record Span(int first, int last) {}

  /**
   * The places of one sentence, read once for all its figures: each figure's are the sentence's
   * less a name that opens its own noun phrase, so a sentence of many figures and names costs
   * one pass, not one per figure.
   */
  static final class SentencePlaces {
    private final List<Token> tokens;
    private final List<Name> names;
    private final Set<String> all = new LinkedHashSet<>();
    private final Map<Integer, String> byFirst = new HashMap<>();
    private final Map<String, Integer> firstAt = new HashMap<>();
    private final Map<String, Integer> count = new HashMap<>();

    SentencePlaces(List<Token> t, List<Name> names) {
      this.tokens = t;
      this.names = names;
      for (Name n : names) {
        if (isPlace(t, n)) {
          String place = n.text().toLowerCase(Locale.ROOT);
          all.add(place);
          byFirst.put(n.first(), place);
          firstAt.putIfAbsent(place, n.first());
          count.merge(place, 1, Integer::sum);
        }
      }
    }

    /**
     * The place names of each figure's own stretch of its clause, for a sentence that lists
     * figures site by site ("42 killed in Arlen, 10 in Brisk", "at least 38 dead in Arlen,
     * along with another 17 at a church in the town of Brisk"): a place belongs to the figure
     * nearest before it in its clause, or failing one to the figure nearest after it. Empty
     * unless two figures of one unit get places of their own that share no word: one figure
     * with its place is no list, and the sentence's places stay every figure's. {@code alike}
     * says whether two figures (by index) could be one list's entries: "a city of 146,000 in X"
     * describes a place, it lists no site beside a toll.
     */
    List<Set<String>> bySite(List<Span> figures, BiPredicate<Integer, Integer> alike) {
      List<Set<String>> own = new ArrayList<>();
      figures.forEach(f -> own.add(new LinkedHashSet<>()));
      int from = 0; // the first figure that may share a clause with the name: both go forward
      for (Name n : names) {
        String place = byFirst.get(n.first());
        if (place == null || !place.equals(n.text().toLowerCase(Locale.ROOT))) {
          continue;
        }
        int[] c = clause(tokens, n.first(), n.last());
        while (from < figures.size() && figures.get(from).last() <= c[0]) {
          from++;
        }
        int before = -1;
        int after = -1;
        for (int k = from; k < figures.size() && figures.get(k).first() < c[1]; k++) {
          Span f = figures.get(k);
          if (f.last() == n.first()) {
            before = -1; // "the 5,000-seat Ness Arena": what the figure describes
            after = -1;
            break;
          }
          if (f.last() <= n.first() && f.first() >= c[0]) {
            before = k;
          } else if (f.first() >= n.last() && f.last() <= c[1] && after < 0) {
            after = k;
          }
        }
        int k = before >= 0 ? before : after;
        if (k >= 0) {
          own.get(k).add(place);
        }
      }
      // A list's entries stand near each other: each figure is weighed against the next few
      // that have sites, which keeps a sentence of thousands of figures linear.
      List<Integer> sited = new ArrayList<>();
      List<Set<String>> siteWords = new ArrayList<>();
      for (int a = 0; a < figures.size(); a++) {
        if (!own.get(a).isEmpty()) {
          sited.add(a);
          siteWords.add(words(own.get(a)));
        }
      }
      for (int x = 0; x < sited.size(); x++) {
        for (int y = x + 1; y < sited.size() && y <= x + LIST_REACH; y++) {
          if (alike.test(sited.get(x), sited.get(y))
              && Collections.disjoint(siteWords.get(x), siteWords.get(y))) {
            return own;
          }
        }
      }
      return List.of();
    }

    /** How many sited figures on, at most, a list's next entry is looked for. */
    private static final int LIST_REACH = 8;

    private static Set<String> words(Set<String> places) {
      Set<String> out = new HashSet<>();
      places.forEach(p -> out.addAll(List.of(p.split(" "))));
      return out;
    }

    /**
     * The places of a distance at tokens {@code [first, figureEnd)}: those named before it, the
     * place it locates ("in the city of Arlen, about 380 miles east of Brisk"); a place named
     * after it ("... from Brisk in the Dornan region") is where its sentence goes on to.
     */
    Set<String> locatedBy(int first, int figureEnd) {
      Set<String> out = new LinkedHashSet<>();
      for (String place : forFigure(figureEnd)) {
        if (firstAt.get(place) < first) {
          out.add(place);
        }
      }
      return out;
    }

    /** The places of the figure that ends before token {@code figureEnd}. */
    Set<String> forFigure(int figureEnd) {
      String own = byFirst.get(figureEnd);
      if (own == null) {
        return all;
      }
      if (count.get(own) == 1) {
        Set<String> out = new LinkedHashSet<>(all);
        out.remove(own);
        return out;
      }
      // read again by another name: the same set, and in the same order unless this name read it first
      return firstAt.get(own) != figureEnd ? all : places(tokens, names, figureEnd);
    }
  }

  /** Plural places a total may span: "in some 40 towns", "at campaign events". */
  private static final ImmutableSet<String> PLACES_PLURAL =
      ImmutableSet.of("cities", "towns", "villages", "provinces", "regions", "districts",
          "countries", "states", "locations", "sites", "events", "rallies", "venues",
          "municipalities", "communities", "neighbourhoods", "neighborhoods", "areas");

  /**
   * Whether the figure's clause gives it a scope wider than one place: "nationwide",
   * "worldwide", "across the country", "in some 40 towns", "at its rallies". Such
   * a total is no one place's count.
   */
  static boolean wideScope(List<Token> t, int first, int last) {
    int[] c = clause(t, first, last);
    if (wideScopeIn(t, c[0], c[1], first, last)) {
      return true;
    }
    // A phrase opening the sentence sets it for the figures after it: "In about 300
    // demonstrations, some 90,000 people took part."
    for (int i = 0; i < Math.min(c[0], OPENING + 1); i++) {
      if (t.get(i).is(",") || t.get(i).is(";")) {
        return i < first && wideScopeIn(t, 0, i, first, last);
      }
    }
    return false;
  }

  /** How many tokens a phrase opening the sentence may have: "In some 2,000 protests,". */
  private static final int OPENING = 6;

  /**
   * Gatherings that, counted ("in about 300 demonstrations", "at 30 rallies"), make a total
   * span many places; uncounted ("killed in the protests") they are the event itself.
   */
  private static final ImmutableSet<String> GATHERINGS_PLURAL = ImmutableSet.of("demonstrations",
      "protests", "marches", "gatherings", "blockades", "roadblocks", "vigils");

  private static boolean wideScopeIn(List<Token> t, int from, int to, int first, int last) {
    for (int i = from; i < to; i++) {
      if (i >= first && i < last) {
        continue;
      }
      String w = t.get(i).lower();
      if (w.equals("nationwide") || w.equals("worldwide") || w.equals("countrywide")
          || w.equals("globally") || (w.equals("across") && i + 2 < t.size()
              && t.get(i + 1).is("the") && (t.get(i + 2).is("country")
                  || t.get(i + 2).is("nation") || t.get(i + 2).is("world")))) {
        return true;
      }
      if (LOCATIVES.contains(w)) {
        boolean counted = false;
        for (int k = i + 1; k < Math.min(to, i + 5); k++) {
          if (PLACES_PLURAL.contains(t.get(k).lower())
              || counted && GATHERINGS_PLURAL.contains(t.get(k).lower())) {
            return true;
          }
          counted |= t.get(k).isNumber();
          if (!t.get(k).isWord() && !t.get(k).isNumber()) {
            break;
          }
        }
      }
    }
    return false;
  }
}
