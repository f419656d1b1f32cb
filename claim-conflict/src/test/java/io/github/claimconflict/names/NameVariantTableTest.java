package io.github.claimconflict.names;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimconflict.align.EntityResolver;
import io.github.claimconflict.names.NameMatcher.Verdict;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A table of name pairs from many languages, invented or generic, with what a fact-checker would
 * call each: two romanizations of one name (variant), a slip (misspelling), the same spelling
 * (cosmetic), or two names (distinct). Each pair is judged in both orders.
 */
class NameVariantTableTest {

  private static final EntityResolver RESOLVER = new EntityResolver();

  private static String verdict(String a, String b) {
    List<Verdict> words = RESOLVER.spellingVariants(a, b);
    if (words.isEmpty()) {
      return "distinct";
    }
    if (words.contains(Verdict.MISSPELLING)) {
      return "misspelling";
    }
    return words.contains(Verdict.TRANSLITERATION) ? "variant" : "cosmetic";
  }

  @ParameterizedTest(name = "[{index}] {0} ~ {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      # Cyrillic: zh/j/dzh, kh/h, ts/c, y/i/j, -ii/-iy/-y, -ei/-ey, -ia/-iya, soft signs, ye/e
      # a doubled final n is one name's slip; -n after a vowel makes another word
      Marek Dallmann                | Marek Dallman                 | variant
      Varenya                       | Varenyan                      | distinct
      Zhanna Orlova                 | Janna Orlova                  | variant
      Zhukovets                     | Jukovets                      | variant
      Dzhamila Sultanova            | Jamila Sultanova              | variant
      Khristina Beletskaya          | Hristina Beletskaya           | variant
      Tsvetana Morozova             | Cvetana Morozova              | variant
      Yuliya Rudenko                | Julija Rudenko                | variant
      Yuliya Rudenko                | Yulia Rudenko                 | variant
      Dmitrii Polevoi               | Dmitriy Polevoy               | variant
      Dmitry Polevoy                | Dmitrii Polevoi               | variant
      Andrei Volkonsky              | Andrey Volkonskiy             | variant
      Andrej Volkonskij             | Andrey Volkonsky              | variant
      Mariya Shevtsova              | Maria Shevtsova               | variant
      Nataliya Gromyko              | Natalia Gromyko               | variant
      Igor Kovalchuk                | Igor Koval'chuk               | cosmetic
      Olga Vasil'yeva               | Olga Vasilyeva                | cosmetic
      Yevgeny Sokolov               | Evgeny Sokolov                | variant
      Yelena Andreyeva              | Elena Andreeva                | variant
      Aleksandr Maksimov            | Alexandr Maximov              | variant
      Pyotr Shchukin                | Pyotr Schukin                 | variant
      Vadim Bogomolov               | Vadim Bogomolow               | variant
      # Belarusian beside Russian: u-breve, ts before i, ou/ov
      Pavel Sakalou                 | Pavel Sakalov                 | variant
      Siarhei Tsitou                | Siarhei Titov                 | variant
      Ales Yanouski                 | Ales Yanovski                 | variant
      Tsimur Kavaleuski             | Timur Kavalevski              | variant
      Dzianis Ivashka               | Denis Ivashka                 | distinct
      # Ukrainian beside Russian romanization of one Cyrillic spelling: h/g, y/i, -iy/-ii
      Serhiy Hrytsenko              | Sergiy Gritsenko              | variant
      Halyna Pohrebniak             | Galina Pogrebniak             | variant
      Hennadiy Ostapchuk            | Gennadiy Ostapchuk            | variant
      Dmytro Lysenko                | Dmitro Lisenko                | variant
      Zhytomyrska                   | Zhitomirska                   | variant
      Ihnat Bondarenko              | Ignat Bondarenko              | variant
      Hryhoriy Tkach                | Grigoriy Tkach                | variant
      Serhiy Hrytsenko              | Serhiy Hrytsenka              | distinct
      Serhiy Hrytsenko              | Serhiy Hrytsenco              | variant
      Mykola Hrytsenko              | Mykola Hrytesnko              | misspelling
      Hutsulenko                    | Gutsulenko                    | variant
      Hlybove                       | Glybovo                       | variant
      Sosnivka Hlybove              | Sosnivka Hlybova              | distinct
      # another Cyrillic spelling is another form of the name, not a romanization of it; before
      # the same surname a given name's forms in two languages are one person's, as an exonym is
      # one place, so the surname's romanizations are compared
      Volodymyr                     | Vladimir                      | distinct
      Oleksandr                     | Alexander                     | distinct
      Volodymyr Kostenko            | Vladimir Kostenko             | cosmetic
      Oleksandr Kostenko            | Alexander Kostenko            | cosmetic
      Oleksandr Hrytsenko           | Aleksandr Gritsenko           | variant
      Mykola Tarasyuk               | Nikolai Tarasiuk              | variant
      Kostenko Oleksandr            | Kostenko Alexander            | distinct
      Oleksandr Kostenko            | Alexander Kostenka            | distinct
      Lutsiv                        | Lutsov                        | distinct
      Borysiv                       | Borysev                       | distinct
      # an h in a word with no other Slavic letter stays an h: English names
      Hill                          | Gill                          | distinct
      Hall                          | Gall                          | distinct
      Gordon Hale                   | Hordon Gale                   | distinct
      Herman Hunt                   | German Hunt                   | distinct
      Harriet Holden                | Garriet Golden                | distinct
      Hanna Berg                    | Anna Berg                     | distinct
      # Greek: ch/h for chi, -ios and its short form -is; Indic sh/s before r
      Stavros Vlachakis             | Stavros Vlahakis              | variant
      Michalis Doukas               | Mihalis Doukas                | variant
      Christos Achilleos            | Hristos Ahilleos              | variant
      Dimitrios Lekkas              | Dimitris Lekkas               | variant
      Stavrios Lekkas               | Stavris Lekkas                | variant
      Marios Lekkas                 | Maris Lekkas                  | distinct
      Dimitrios Lekkas              | Dimitris Lekas                | variant
      Dimitrios Lekkas              | Dimitiros Lekkas              | misspelling
      Anjali Shrivastava            | Anjali Srivastava             | variant
      Anjali Shrivastava            | Anjali Shirvastava            | misspelling
      Shaw Mercer                   | Saw Mercer                    | distinct
      Shelton                       | Selton                        | distinct
      Hyman Webb                    | Gyman Webb                    | distinct
      # Arabic: articles, taa marbuta, vowels over one skeleton, q/k, ou/u, doubled consonants
      Rashid al-Hamdani             | Rashid Al Hamdani             | cosmetic
      Rashid al-Hamdani             | Rashid Hamdani                | cosmetic
      Rashid el-Hamdani             | Rashid al-Hamdani             | cosmetic
      Fatimah Zaidan                | Fatima Zaidan                 | variant
      Samirah Haddad                | Samira Haddad                 | variant
      Qasim Haddad                  | Kasim Haddad                  | variant
      Youssef Mansour               | Yusuf Mansur                  | variant
      Mahmoud Nasrallah             | Mahmud Nasralah               | variant
      Hisham Tarabulsi              | Hesham Tarabulsi              | variant
      Khalil Sabbagh                | Khaleel Sabbagh               | variant
      Tariq Jaber                   | Tarek Jaber                   | variant
      Abdel Karim Sharif            | Abdulkarim Sharif             | variant
      Abdul Rahman Qadri            | Abdelrahman Kadri             | variant
      Nabil Sharqawi                | Nabeel Sharkawi               | variant
      Usama Darwish                 | Osama Darwish                 | variant
      Hamad Nuaimi                  | Hussein Nuaimi                | distinct
      Mohamed Salih                 | Mahmoud Salih                 | distinct
      Hassan Jaber                  | Hussein Jaber                 | distinct
      Ali Saeed                     | Omar Saeed                    | distinct
      Karim Bazzi                   | Kareem Bazzi                  | variant
      Imran Shafique                | Imran Shafiq                  | variant
      Tauseef Siddique              | Tauseef Siddiq                | variant
      # Persian and Turkic q/gh/g (one letter romanized three ways), doubled q
      Zaqaros                       | Zagharos                      | variant
      Zaqaros                       | Zaqqaros                      | variant
      Ruslan Belqaziyev             | Ruslan Belgaziev              | variant
      # Turkish
      Şükrü Yılmazer                | Sukru Yilmazer                | cosmetic
      Çağlar Öztürkmen              | Caglar Ozturkmen              | cosmetic
      Çağlar Öztürkmen              | Chaglar Ozturkmen             | variant
      Ayşe Koçaslan                 | Ayshe Kochaslan               | variant
      Mehmet Yıldırımoğlu           | Mehmet Yildirimoglu           | cosmetic
      Mehmet Yildirimoglu           | Mehmet Yildirmoglu            | misspelling
      # Chinese and Korean romanizations
      Wang Xiaoming                 | Wang Xiao-ming                | cosmetic
      Wang Xiaoming                 | Xiaoming Wang                 | distinct
      Wang Xiao-ming                | Xiao-ming Wang                | cosmetic
      Choi Seon-hwa                 | Seon-hwa Choi                 | cosmetic
      Choi Seon-hwa                 | Choi Seon Hwa                 | cosmetic
      Choi Seon-hwa                 | Son-hwa Choi                  | variant
      Yoon Soo-min                  | Yun Su-min                    | variant
      Park Dong-hoon                | Park Dong-hun                 | variant
      Kim Min-seo                   | Kim Ji-woo                    | distinct
      Han Seung-woo                 | Han Seung-hee                 | distinct
      # Latin scripts with diacritics: dropped is cosmetic, written out is a variant
      Tomáš Dvořák                  | Tomas Dvorak                  | cosmetic
      Jiří Šťastný                  | Jiri Stastny                  | cosmetic
      Jiří Šťastný                  | Jiri Shtastny                 | variant
      Žofie Čermáková               | Zhofie Chermakova             | variant
      Paweł Wiśniewski              | Pawel Wisniewski              | cosmetic
      Łukasz Szczygieł              | Lukasz Szczygiel              | cosmetic
      Grzegorz Brzęczek             | Gregorz Brzeczek              | misspelling
      Vytautas Žukauskas            | Vytautas Zukauskas            | cosmetic
      Vytautas Žukauskas            | Vytautas Zhukauskas           | variant
      Jānis Bērziņš                 | Janis Berzins                 | cosmetic
      Bjørn Ødegård                 | Bjorn Odegard                 | cosmetic
      Françoise Lefèvre             | Francoise Lefevre             | cosmetic
      José Muñoz                    | Jose Munoz                    | cosmetic
      Søren Kjærgaard               | Soren Kjaergaard              | cosmetic
      # misspellings: one slip in one word
      Hendrickson                   | Hendrikcson                   | misspelling
      Valparaiso                    | Valparisio                    | misspelling
      Rosenthal                     | Rosenthall                    | variant
      Margarethe Lindqvist          | Margarethe Lindquist          | misspelling
      Thornbury                     | Thornburry                    | variant
      Castellano                    | Castelano                     | variant
      Bergstrom                     | Bergstorm                     | misspelling
      Kowalczyk                     | Kowalcyzk                     | misspelling
      Port Elvanar                  | Port Elvanr                   | misspelling
      Santa Morena                  | Santa Moreno                  | distinct
      Nova Brela                    | Nova Brel                     | distinct
      Gujrana Pradesh               | Gujrana Prades                | misspelling
      Terina Hollis                 | Terina Holis                  | variant
      Lake Ossora                   | Lake Osora                    | variant
      Vintor Bay                    | Vinto Bay                     | misspelling
      Ardley Marsh                  | Ardley Mash                   | misspelling
      Velyansk                      | Velyans                       | misspelling
      Belawani                      | Beliwana                      | misspelling
      Marinoka                      | Maronika                      | misspelling
      Salima                        | Salami                        | distinct
      Delawiri                      | Delawira                      | distinct
      Velyansk                      | Velians                       | misspelling
      Korens                        | Korena                        | distinct
      Wexmoor                       | Wexmore                       | misspelling
      Delacroix                     | Delacriox                     | misspelling
      Ingrid Solvang                | Ingrid Solvagn                | misspelling
      Ingrid Solvang                | Ingird Solvagn                | distinct
      # a surname's last letter changed or added after the same given name: one person
      Tharindu Ekanayaka            | Tharindu Ekanayake            | misspelling
      Joost Verhaege                | Joost Verhaeger               | misspelling
      Joost Verhaege                | Jan Verhaeger                 | distinct
      Somchai Kanjana               | Somchai Ganjana               | variant
      Somchai Kanjana               | Somchai Ganjano               | distinct
      Kanjana                       | Ganjana                       | distinct
      South Korea                   | South Korean                  | distinct
      Nova Morena                   | Nova Moreno                   | distinct
      # cosmetic: case, hyphens, possessives, British and American spellings, shorter forms
      Mendez-Ortiz                  | Mendez Ortiz                  | cosmetic
      MORGENSTERN                   | Morgenstern                   | cosmetic
      Halvorsen's                   | Halvorsen                     | cosmetic
      National Labour Council       | National Labor Council        | cosmetic
      Harbour Authority             | Harbor Authority              | cosmetic
      Ministry of Defence           | Ministry of Defense           | cosmetic
      St. Aldric                    | St Aldric                     | cosmetic
      O'Donnell                     | ODonnell                      | cosmetic
      # distinct: other people, places, word forms
      Maria Kessler                 | Mario Kessler                 | distinct
      Antonia Ruiz                  | Antonio Ruiz                  | distinct
      Petra Novakova                | Petra Novak                   | distinct
      Lena Brandt                   | Lina Brandt                   | distinct
      Carl Webber                   | Carol Webber                  | distinct
      Marek Zielinski               | Marta Zielinski               | distinct
      Vetland                       | Vetlander                     | distinct
      Ostravia                      | Ostravian                     | distinct
      Norlund                       | Norlundish                    | distinct
      Dravonia                      | Dravonian                     | distinct
      Dravonian                     | Dravonan                      | distinct
      Streamline                    | Streamliner                   | distinct
      Tarrak                        | Taraki                        | distinct
      Election Commission           | Election Committee            | distinct
      Harbour Commission            | Harbour Council               | distinct
      Federal Anti-Extremism Centre | Federal Antiextremist Centre  | distinct
      Nationalism                   | Nationalist                   | distinct
      Ellen Moss                    | Allen Moss                    | distinct
      Ilona Varga                   | Ilona Varga Szabo             | distinct
      Greta Holm                    | Gerda Holm                    | distinct
      Anna Ström                    | Ana Strom                     | distinct
      Sokolova                      | Sokolov                       | distinct
      Karlsson                      | Carlsson                      | variant
      Tobias Renn                   | Tobias Rennert                | distinct
      Ivo Kral                      | Ivo Krol                      | distinct
      Mira Lang                     | Mila Lang                     | distinct
      Hans Moller                   | Hans Keller                   | distinct
      Rudi Falk                     | Rudi Fall                     | distinct
      # a consonant added at the end of a given name whose surname agrees, or of a surname after
      # the same given name
      Christophe Varnel             | Christopher Varnel            | misspelling
      Christophe                    | Christopher                   | distinct
      Varnel Christophe             | Varnel Christopher            | misspelling
      Christophe Varnel             | Christopher Varnol            | distinct
      Louis Ferrand                 | Louise Ferrand                | distinct
      # exonyms and names in their own language beside the English form
      Österholm                     | Osterholm                     | cosmetic
      Vålberga                      | Valberga                      | cosmetic
      Türkenfeld                    | Turkenfeld                    | cosmetic
      Türkenfeld                    | Turkenfield                   | distinct
      # more languages: Kazakh, Persian, Romanian, Vietnamese, Hungarian, Spanish
      Yerlan Nurzhanov              | Erlan Nurjanov                | variant
      Mohammad Rezaei               | Mohammed Rezaei               | variant
      Khosrow Tehrani               | Khosrou Tehrani               | variant
      Gheorghe Munteanu             | Gheorghe Munteanu             | cosmetic
      Nguyễn Văn Thành              | Nguyen Van Thanh              | cosmetic
      Zsófia Kertész                | Zsofia Kertesz                | cosmetic
      José Ignacio Marín            | Jose Ignacio Marin            | cosmetic
      # misspellings in many languages
      Henrike Dahlstrom             | Henrike Dahlstorm             | misspelling
      Esperanza Villalobos          | Esperanza Villalbos           | misspelling
      Francesca Lombardini          | Francesca Lombradini          | misspelling
      Aleksandra Wiśniewska         | Aleksandra Wisniewska         | cosmetic
      # cosmetic forms: generational suffixes, spacing, case
      Rafael Domingo III            | Rafael Domingo                | cosmetic
      Tomas Berglund Jr.            | Tomas Berglund                | cosmetic
      Van Der Linde                 | van der Linde                 | cosmetic
      # two names of one country or institution are no spelling of each other
      Burma                         | Myanmar                       | distinct
      Harbour Commission            | Harbour Committee             | distinct
      Electoral Court               | Electoral Council             | distinct
      # same surname, other given name: other people
      Elena Castillo                | Elisa Castillo                | distinct
      Ahmet Yildiz                  | Mehmet Yildiz                 | distinct
      Daniel Hartmann               | Daniela Hartmann              | distinct
      Jin-woo Park                  | Ji-woo Park                   | distinct
      Park Jin-woo                  | Ji-woo Park                   | distinct
      Min-jun Kang                  | Min-joon Kang                 | variant
      Ivana Kovac                   | Ivan Kovac                    | distinct
      # a modifier of an institution's name in another derivation of its stem: a slip in that
      # name, though alone the two are a country and its adjective
      Vastrian Autocracy Party      | Vastrian Autocratic Party     | misspelling
      Norlande Orbital Airlines     | Norlandian Orbital Airlines   | misspelling
      Norlandian Harbour Company    | Norlande Harbour Company      | misspelling
      Norlande Harbour              | Norlandian Harbour            | distinct
      Norlande Embassy              | Norlandian Embassy            | distinct
      Vastrian Autocracy Ministry   | Vastrian Autocratic Ministry  | distinct
      Norlandian Government         | Norlande Government           | distinct
      Port Dravonia                 | Port Dravonian                | distinct
      Velka Dravonia                | Velka Dravonian               | distinct
      Dravonian Lutheran Church     | Dravonian Lutheran Chapel     | distinct
      Dravonia Party                | Orvelia Party                 | distinct
      # an elided "d'" is "de" written in full
      Guarda d'Orvena               | Guarda de Orvena              | cosmetic
      Guarda d'Orvena               | Guarda de Orbena              | variant
      Guarda d'Orvena               | Guarda Orvena                 | distinct
      # an acute vowel is a stress mark, not another alphabet: the rest of the word still counts
      Qasim Varudaní                | Qassim Varudani               | variant
      Jose Luis Córbova             | Jose Luis Corvova             | variant
      Tomás Belvedra                | Tomas Belvedra                | cosmetic
      # exonyms: another language's own name for a place is another word
      Genf                          | Geneva                        | distinct
      Mailand                       | Milan                         | distinct
      Varsovie                      | Warsaw                        | distinct
      """)
  void judgesNamePairs(String a, String b, String expected) {
    assertThat(verdict(a, b)).isEqualTo(expected);
    assertThat(verdict(b, a)).as("symmetric").isEqualTo(expected);
  }
}
