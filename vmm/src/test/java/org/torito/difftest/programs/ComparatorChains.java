package org.torito.difftest.programs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedList;
import java.util.List;
import java.util.function.Function;

/** Comparator combinators (comparing, thenComparing, reversed, nullsFirst/Last, comparingInt/Long/Double, naturalOrder) and stable sorting of List.sort, Collections.sort and Arrays.sort. */
public class ComparatorChains {
    record Person(String name, String city, int age, Double score) {
        @Override
        public String toString() {
            return name + "/" + city + "/" + age + "/" + score;
        }
    }

    static int sign(int c) {
        return Integer.signum(c);
    }

    public static void main(String[] args) {
        List<Person> people = List.of(new Person("ann", "oslo", 31, 7.5), new Person("bob", "rome", 25, null),
                new Person("cid", "oslo", 25, 9.0), new Person("dee", null, 40, 7.5), new Person("eve", "rome", 31, 3.25),
                new Person("fay", "bern", 25, 9.0), new Person("gus", null, 31, null), new Person("hal", "oslo", 40, 7.5));

        List<Person> byAge = new ArrayList<>(people);
        byAge.sort(Comparator.comparingInt(Person::age));
        System.out.println("byAge (stable) " + byAge);
        byAge.sort(Comparator.comparingInt(Person::age).reversed());
        System.out.println("byAge reversed (stable) " + byAge);
        List<Person> cityAge = new ArrayList<>(people);
        cityAge.sort(Comparator.comparing(Person::city, Comparator.nullsFirst(Comparator.naturalOrder())).thenComparingInt(Person::age)
                .thenComparing(Person::name, Comparator.reverseOrder()));
        System.out.println("city nullsFirst, age, name desc " + cityAge);
        cityAge.sort(Comparator.comparing(Person::city, Comparator.nullsLast(Comparator.<String>reverseOrder())));
        System.out.println("city nullsLast desc (stable) " + cityAge);
        List<Person> score = new ArrayList<>(people);
        Comparator<Person> byScore = Comparator.comparing(Person::score, Comparator.nullsLast(Comparator.comparingDouble(Double::doubleValue)));
        score.sort(byScore.thenComparing(Person::name));
        System.out.println("score nullsLast, name " + score);
        score.sort(byScore.reversed());
        System.out.println("score reversed: nulls move first " + score);
        // reversed() of a whole chain flips every key, thenComparing(x.reversed()) only the last.
        List<Person> chain = new ArrayList<>(people);
        chain.sort(Comparator.comparingInt(Person::age).thenComparing(Person::name).reversed());
        System.out.println("(age,name).reversed " + chain);
        chain.sort(Comparator.comparingInt(Person::age).thenComparing(Comparator.comparing(Person::name).reversed()));
        System.out.println("age,(name).reversed " + chain);

        Comparator<String> len = Comparator.comparingInt(String::length);
        String[] words = {"pear", "Fig", "apple", "fig", "Kiwi", "date", "PEAR", "yam", "banana", "Apple"};
        String[] w1 = words.clone();
        Arrays.sort(w1, len);
        System.out.println("length stable " + Arrays.toString(w1));
        Arrays.sort(w1, len.thenComparing(String.CASE_INSENSITIVE_ORDER));
        System.out.println("length, case-insensitive (stable) " + Arrays.toString(w1));
        Arrays.sort(w1, len.thenComparing(Comparator.naturalOrder()));
        System.out.println("length, natural " + Arrays.toString(w1));
        Arrays.sort(w1, 2, 8, Comparator.reverseOrder());
        System.out.println("range 2..8 reversed " + Arrays.toString(w1));
        List<String> linked = new LinkedList<>(Arrays.asList(words));
        java.util.Collections.sort(linked, String.CASE_INSENSITIVE_ORDER.reversed());
        System.out.println("Collections.sort LinkedList case-insensitive desc " + linked);
        java.util.Collections.sort(linked);
        System.out.println("natural " + linked);

        System.out.println("compare signs " + sign(Comparator.<Integer>naturalOrder().compare(1, 2)) + " "
                + sign(Comparator.<Integer>reverseOrder().compare(1, 2)) + " " + sign(Comparator.nullsFirst(Comparator.<Integer>naturalOrder()).compare(null, 1))
                + " " + sign(Comparator.nullsLast(Comparator.<Integer>naturalOrder()).compare(null, 1)) + " "
                + sign(Comparator.nullsFirst(Comparator.<Integer>naturalOrder()).compare(null, null)) + " "
                + sign(Comparator.comparingDouble((Double d) -> d).compare(-0.0, 0.0)) + " "
                + sign(Comparator.comparingDouble((Double d) -> d).compare(Double.NaN, 1e300)) + " "
                + sign(Comparator.comparingLong((Long l) -> l).compare(Long.MIN_VALUE, Long.MAX_VALUE)) + " "
                + sign(Comparator.<Integer>reverseOrder().reversed().compare(1, 2)));
        try {
            Comparator.<String>naturalOrder().compare(null, "a");
        } catch (NullPointerException e) {
            System.out.println("naturalOrder null " + e.getClass().getName());
        }
        try {
            List<Person> p = new ArrayList<>(people);
            p.sort(Comparator.comparing(Person::city));
        } catch (NullPointerException e) {
            System.out.println("comparing null key " + e.getClass().getName());
        }
        Function<String, Character> last = s -> s.charAt(s.length() - 1);
        List<String> byLast = new ArrayList<>(Arrays.asList(words));
        byLast.sort(Comparator.comparing(last).thenComparing(Function.identity()));
        System.out.println("by last char " + byLast);

        // Stability on a large input: sort by key only and check original order survives inside each key.
        List<int[]> big = new ArrayList<>();
        long s = 99;
        for (int i = 0; i < 20000; i++) {
            s = s * 2862933555777941757L + 3037000493L;
            big.add(new int[] {(int) ((s >>> 33) % 50), i});
        }
        big.sort(Comparator.comparingInt(a -> a[0]));
        boolean stable = true;
        long h = 0;
        for (int i = 1; i < big.size(); i++) {
            int[] p = big.get(i - 1);
            int[] q = big.get(i);
            stable &= p[0] < q[0] || (p[0] == q[0] && p[1] < q[1]);
            h = h * 31 + q[1];
        }
        Integer[] boxed = new Integer[5000];
        for (int i = 0; i < boxed.length; i++) {
            boxed[i] = (i * 7919) % 1000;
        }
        Arrays.sort(boxed, Comparator.comparingInt((Integer v) -> v % 10).thenComparing(Comparator.reverseOrder()));
        System.out.println("big stable " + stable + " hash " + h + " boxed " + boxed[0] + " " + boxed[1] + " " + boxed[4999] + " "
                + Arrays.hashCode(boxed));
    }
}
