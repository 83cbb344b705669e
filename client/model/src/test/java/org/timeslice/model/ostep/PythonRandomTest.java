package org.timeslice.model.ostep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * {@link PythonRandom} against values printed by CPython 3 on this machine. Each expected value comes
 * from the python3 command in the comment above it ({@code repr} prints the shortest exact decimal, so
 * comparing doubles with {@code assertEquals} is an exact comparison).
 */
class PythonRandomTest {

  // python3 -c 'import random; random.seed(0); print([random.random() for _ in range(5)])'
  @Test
  void seedZeroGivesCpythonsFirstFiveValues() {
    PythonRandom r = new PythonRandom(0);
    assertEquals(0.8444218515250481, r.random());
    assertEquals(0.7579544029403025, r.random());
    assertEquals(0.420571580830845, r.random());
    assertEquals(0.25891675029296335, r.random());
    assertEquals(0.5112747213686085, r.random());
  }

  // python3 -c 'import random; random.seed(1); print([random.random() for _ in range(3)])'
  // python3 -c 'import random; random.seed(42); print([random.random() for _ in range(3)])'
  @Test
  void smallSeedsMatchCpython() {
    PythonRandom one = new PythonRandom(1);
    assertEquals(0.13436424411240122, one.random());
    assertEquals(0.8474337369372327, one.random());
    assertEquals(0.763774618976614, one.random());
    PythonRandom fortyTwo = new PythonRandom(42);
    assertEquals(0.6394267984578837, fortyTwo.random());
    assertEquals(0.025010755222666936, fortyTwo.random());
    assertEquals(0.27502931836911926, fortyTwo.random());
  }

  // python3 -c 'import random; random.seed(-42); print(random.random())'
  @Test
  void aNegativeSeedActsLikeItsAbsoluteValue() {
    assertEquals(0.6394267984578837, new PythonRandom(-42).random());
  }

  // python3 -c 'import random; random.seed(2**32+7); print([random.random() for _ in range(2)])'
  // python3 -c 'import random; random.seed(9223372036854775807); print(random.random())'
  // python3 -c 'import random; random.seed(2**63); print(random.random())'
  @Test
  void seedsWiderThan32BitsUseTwoKeyWordsLeastSignificantFirst() {
    PythonRandom r = new PythonRandom((1L << 32) + 7);
    assertEquals(0.22550888929893187, r.random());
    assertEquals(0.35860096918797, r.random());
    assertEquals(0.3166448820870279, new PythonRandom(Long.MAX_VALUE).random());
    assertEquals(0.5534639983914199, new PythonRandom(Long.MIN_VALUE).random());
  }

  // python3 -c 'import random; random.seed(123456789123); x=[random.random() for _ in range(1000)]; print(x[999])'
  @Test
  void theThousandthValueMatchesAfterSeveralTwists() {
    PythonRandom r = new PythonRandom(123456789123L);
    double last = 0;
    for (int k = 0; k < 1000; k++) {
      last = r.random();
    }
    assertEquals(0.9387493402622209, last);
  }

  // python3 -c 'import random; random.seed(5); print([random.getrandbits(32) for _ in range(3)])'
  @Test
  void rawOutputsMatchGetrandbits32() {
    PythonRandom r = new PythonRandom(5);
    assertEquals(2675342405L, Integer.toUnsignedLong(r.nextInt32()));
    assertEquals(1097127993L, Integer.toUnsignedLong(r.nextInt32()));
    assertEquals(3185950873L, Integer.toUnsignedLong(r.nextInt32()));
  }

  @Test
  void reseedingRestartsTheStream() {
    PythonRandom r = new PythonRandom(0);
    r.random();
    r.seed(0);
    assertEquals(0.8444218515250481, r.random());
  }

  // python3 -c 'import random; r = random.Random(5); print([r.getrandbits(k) for k in (1, 5, 31)])'
  // python3 -c 'import random; r = random.Random(5); print([r._randbelow(n) for n in (1,2,3,7,100,1000)])'
  @Test
  void getrandbitsAndRandbelowMatchCpython311() {
    PythonRandom r = new PythonRandom(5);
    assertEquals(1, r.getrandbits(1));
    assertEquals(8, r.getrandbits(5));
    assertEquals(1592975436, r.getrandbits(31));
    PythonRandom b = new PythonRandom(5);
    int[] expected = {0, 1, 2, 6, 94, 667};
    int[] bounds = {1, 2, 3, 7, 100, 1000};
    for (int k = 0; k < bounds.length; k++) {
      assertEquals(expected[k], b.randbelow(bounds[k]));
    }
  }

  // python3 -c 'import random; r = random.Random(7); l = list(range(6)); r.shuffle(l); print(l, r.choice("abcdef"))'
  @Test
  void shuffleAndChoiceMatchCpython() {
    PythonRandom r = new PythonRandom(7);
    java.util.List<Integer> list = new java.util.ArrayList<>(java.util.List.of(0, 1, 2, 3, 4, 5));
    r.shuffle(list);
    assertEquals(java.util.List.of(4, 0, 5, 3, 1, 2), list);
    assertEquals("a", r.choice(java.util.List.of("a", "b", "c", "d", "e", "f")));
  }

  // python3 -c 'import random; random.seed(123456789012345678901234567890); print(random.random())'
  // python3 -c 'import random; random.seed(-7); print(random.random())'
  @Test
  void seedsOfAnySizeAndSignMatchCpython() {
    assertEquals(0.7275084571578186,
        PythonRandom.seeded(new java.math.BigInteger("123456789012345678901234567890")).random());
    assertEquals(0.32383276483316237, PythonRandom.seeded(java.math.BigInteger.valueOf(-7)).random());
  }
}
