package io.github.claimconflict.bench;

import io.github.claimconflict.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes realistic multi-source coverage for benchmarks: many events, each covered by a few
 * outlets that give hedged figures (some disagreeing), spell names differently, quote the same
 * statement in slightly different words, and carry page boilerplate. Deterministic from its seed,
 * so runs are comparable.
 */
public final class CorpusGenerator {

  private static final String[] CITIES = {
    "Riverton", "Port Alder", "Kestrel Bay", "Marlow", "Eastbridge", "Halden", "Vostok Falls",
    "Juniper", "Calder", "Sable Point", "Northwick", "Orino", "Tamsin", "Westerly", "Brannock"};
  private static final String[][] LEADERS = {
    {"Sooronbai Jeenbekov", "Suronbai Jinbekov"}, {"Klara Sooronkulova", "Clara Soronkulova"},
    {"Anna Holt", "Anna Holt"}, {"Marat Ismailov", "Marat Ismailow"},
    {"Gulnara Dzhurabayeva", "Gulnara Jurabayeva"}, {"Omar Haddad", "Omar Hadad"},
    {"Ellen Voss", "Ellen Vos"}, {"Bektur Asanov", "Bektur Asanow"}};
  private static final String[] PARTIES = {"Birimdik", "Unity Front", "Green Shore", "Civic Path"};
  private static final String[] HEDGES = {"about", "around", "some", "nearly", "more than", ""};
  private static final String[] STATEMENTS = {
    "fundamental rights and freedoms were %s respected during the vote",
    "credible allegations of vote buying remain a %s concern for observers",
    "we all saw %s lawlessness during the election campaign"};
  private static final String[][] WORDINGS = {
    {"overall", "fully"}, {"serious", "grave"}, {"true", "plain"}};
  private static final String BOILERPLATE = String.join("\n",
      "Related",
      "Markets slip as oil hits $91 a barrel",
      "Five things to know about the harbour plan",
      "Rocket on collision course with the Moon",
      "Follow us on social media",
      "We use cookies to improve your experience. Read our privacy policy.");

  private final Random random;

  public CorpusGenerator(long seed) {
    this.random = new Random(seed);
  }

  /** {@code count} articles over about {@code count / 4} events. */
  public List<Article> articles(int count) {
    List<Article> out = new ArrayList<>(count);
    LocalDate day = LocalDate.of(2020, 1, 1);
    int event = 0;
    while (out.size() < count) {
      int sources = 2 + random.nextInt(4);
      day = day.plusDays(4 + random.nextInt(3));
      for (int s = 0; s < sources && out.size() < count; s++) {
        out.add(article("e" + event + "-s" + s, event, s, day.plusDays(random.nextInt(2))));
      }
      event++;
    }
    return out;
  }

  private Article article(String id, int event, int source, LocalDate date) {
    Random facts = new Random(event * 7919L); // the event's true facts, shared by its sources
    String city = CITIES[facts.nextInt(CITIES.length)];
    String[] leader = LEADERS[facts.nextInt(LEADERS.length)];
    String party = PARTIES[facts.nextInt(PARTIES.length)];
    int crowd = (2 + facts.nextInt(18)) * 1000;
    int injured = 10 + facts.nextInt(300);
    int statement = facts.nextInt(STATEMENTS.length);
    boolean variant = random.nextInt(4) == 0;
    int reported = variant ? crowd * (random.nextBoolean() ? 2 : 1) / 2 + 1000 : crowd;
    StringBuilder b = new StringBuilder(2400);
    b.append("Protest in ").append(city).append(" over disputed count\n\n");
    b.append(city.toUpperCase(Locale.ROOT)).append(", ")
        .append(date.getMonth().toString().charAt(0))
        .append(date.getMonth().toString().substring(1, 3).toLowerCase(Locale.ROOT)).append(' ')
        .append(date.getDayOfMonth()).append(", ").append(date.getYear()).append(" -\n\n");
    b.append(capitalize(HEDGES[random.nextInt(HEDGES.length)])).append(' ')
        .append(String.format(Locale.ROOT, "%,d", reported))
        .append(" people gathered in ").append(city).append(" on Sunday to protest the result. ");
    b.append("Police said ").append(injured).append(" people were injured in clashes near the "
        + "central square, and ").append(1 + facts.nextInt(40)).append(" were detained.\n\n");
    b.append("The ").append(party).append(" party took ").append(20 + facts.nextInt(30))
        .append(" per cent of the vote, while only ").append(3 + facts.nextInt(4))
        .append(" parties out of ").append(10 + facts.nextInt(10))
        .append(" passed the 5% threshold.\n\n");
    b.append('"').append(String.format(STATEMENTS[statement],
            WORDINGS[statement][variant ? 1 : 0]))
        .append(",\" said ").append(leader[source % 3 == 2 ? 1 : 0])
        .append(", who leads the opposition in ").append(city).append(".\n\n");
    for (int p = 0; p < 6 + random.nextInt(6); p++) {
      b.append(filler(city)).append("\n\n");
    }
    b.append(BOILERPLATE).append('\n');
    return Article.of(id, date, b.toString());
  }

  private String filler(String city) {
    String[] parts = {
      "Residents of " + city + " described a tense night as shops stayed closed. ",
      "Officials promised to review complaints filed at polling stations across the region. ",
      "Opposition figures called for a recount and for international observers to return. ",
      "The electoral commission said it would publish final results later in the week. ",
      "Analysts said the dispute could delay the formation of a new government. ",
      "Several roads into the centre were blocked by police vehicles during the evening. "};
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 3; i++) {
      b.append(parts[random.nextInt(parts.length)]);
    }
    return b.toString().trim();
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** The corpus's size in UTF-8 bytes. */
  public static long bytes(List<Article> articles) {
    long n = 0;
    for (Article a : articles) {
      n += a.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }
    return n;
  }
}
