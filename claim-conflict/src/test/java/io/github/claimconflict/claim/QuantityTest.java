package io.github.claimconflict.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QuantityTest {

  private static final Quantity ABOUT_4000 = Quantity.between(3800, 4200, Units.COUNT);
  private static final Quantity MORE_THAN_26 = new Quantity(26.0, null, Units.PERCENT);

  @Test
  void intersectsOpenAndClosedIntervals() {
    Quantity quarter = Quantity.between(22.5, 29.17, Units.PERCENT);
    assertThat(quarter.intersect(MORE_THAN_26)).contains(Quantity.between(26, 29.17, Units.PERCENT));
    assertThat(MORE_THAN_26.intersect(quarter)).contains(Quantity.between(26, 29.17, Units.PERCENT));
    assertThat(MORE_THAN_26.intersect(new Quantity(30.0, null, Units.PERCENT)))
        .contains(new Quantity(30.0, null, Units.PERCENT));
    assertThat(ABOUT_4000.intersect(Quantity.between(4750, 5250, Units.COUNT))).isEmpty();
  }

  @Test
  void widensOnALogScaleAndKeepsOpenBoundsOpen() {
    Quantity w = ABOUT_4000.widen(0.05);
    assertThat(w.low()).isEqualTo(3800 / 1.05);
    assertThat(w.high()).isEqualTo(4200 * 1.05);
    assertThat(MORE_THAN_26.widen(0.05).high()).isNull();
  }

  @Test
  void differentUnitsNeverOverlap() {
    assertThat(Quantity.exactly(5, Units.PERCENT).overlaps(Quantity.exactly(5, Units.COUNT)))
        .isFalse();
  }

  @Test
  void describesItselfForReaders() {
    assertThat(ABOUT_4000.describe()).isEqualTo("3,800–4,200");
    assertThat(MORE_THAN_26.describe()).isEqualTo("26 percent or more");
    assertThat(Quantity.exactly(12, Units.YEAR).describe()).isEqualTo("12 years");
  }

  @Test
  void rejectsAnInvertedInterval() {
    assertThatThrownBy(() -> new Quantity(5.0, 4.0, Units.COUNT)).hasMessageContaining("above");
  }
}
