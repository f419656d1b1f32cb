package io.github.claimconflict.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimconflict.input.PublishedDates.Precision;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublishedDatesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2020-10-05                      | 2020-10-05",
      "2020-10-05T16:40:12             | 2020-10-05",
      "2020-10-05 16:40:12             | 2020-10-05",
      "2020-10-05T23:40:12Z            | 2020-10-05",
      "2020-10-05T23:40:12.250+06:00   | 2020-10-05",
      "2020-10-05 01:10 -0500          | 2020-10-05",
      "2020-10-05T16:40                | 2020-10-05",
      "2020/10/05                      | 2020-10-05",
      "Oct 5, 2020                     | 2020-10-05",
      "October 5, 2020                 | 2020-10-05",
      "5 October 2020                  | 2020-10-05",
      "Mon, 05 Oct 2020 16:40:12 GMT   | 2020-10-05"})
  void readsTheDayAsWritten(String raw, LocalDate day) {
    PublishedDates.Reading r = PublishedDates.read(raw);
    assertThat(r.precision()).isEqualTo(Precision.DAY);
    assertThat(r.day()).contains(day);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2020-08", "2020", "  "})
  void aMonthOrAYearIsTooCoarseForADayButNoError(String raw) {
    PublishedDates.Reading r = PublishedDates.read(raw);
    assertThat(r.precision()).isEqualTo(Precision.COARSE);
    assertThat(r.day()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"5 May", "yesterday", "2020-13-01", "2020-02-30", "2020-13",
      "13/10/2020", "1601914812"})
  void whatIsNotADateIsUnreadable(String raw) {
    PublishedDates.Reading r = PublishedDates.read(raw);
    assertThat(r.precision()).isEqualTo(Precision.UNREADABLE);
    assertThat(r.day()).isEmpty();
  }
}
