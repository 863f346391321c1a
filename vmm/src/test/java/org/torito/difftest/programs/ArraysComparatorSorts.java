package org.torito.difftest.programs;

import java.util.Arrays;
import java.util.Comparator;

/** Arrays.sort and binarySearch with comparators on seeded data: stability under many equal keys, reversed, by absolute value, null-aware and chained comparators, sort ranges with a comparator, insertion points, and comparators that throw or break the contract. */
public class ArraysComparatorSorts {
    record Item(int key, int order) {
        /** A record's own hashCode is unspecified; the printed array hashes use this one. */
        @Override
        public int hashCode() {
            return key * 31 + order;
        }

        @Override
        public String toString() {
            return key + "." + order;
        }
    }

    static long state = 0xDEC0DEL;

    static int next(int bound) {
        state = state * 6364136223846793005L + 1442695040888963407L;
        return (int) ((state >>> 33) % bound);
    }

    /** Stable sorts keep equal keys in their original order: checked over the whole array. */
    static boolean stable(Item[] items, Comparator<Item> by) {
        for (int n = 1; n < items.length; n++) {
            int c = by.compare(items[n - 1], items[n]);
            if (c > 0 || (c == 0 && items[n - 1].order() > items[n].order())) {
                return false;
            }
        }
        return true;
    }

    /** Which of several equal elements binarySearch finds is unspecified: only whether it found one. */
    static boolean found(double[] sorted, double key) {
        int at = Arrays.binarySearch(sorted, key);
        return at >= 0 && Double.compare(sorted[at], key) == 0;
    }

    public static void main(String[] args) {
        for (int size : new int[] {0, 1, 2, 7, 31, 32, 33, 100, 1000, 5000}) {
            Item[] items = new Item[size];
            for (int n = 0; n < size; n++) {
                items[n] = new Item(next(size / 10 + 2) - 3, n);
            }
            Item[] byKey = items.clone();
            Comparator<Item> key = Comparator.comparingInt(Item::key);
            Arrays.sort(byKey, key);
            Item[] reversed = items.clone();
            Arrays.sort(reversed, key.reversed());
            Item[] byAbs = items.clone();
            Comparator<Item> abs = Comparator.comparingInt(i -> Math.abs(i.key()));
            Arrays.sort(byAbs, abs);
            System.out.println("size " + size + " stable " + stable(byKey, key) + " " + stable(reversed, key.reversed()) + " "
                    + stable(byAbs, abs) + " first " + (size > 0 ? byKey[0] + " " + reversed[0] + " " + byAbs[0] : "-")
                    + " hash " + Arrays.hashCode(byKey) + " " + Arrays.hashCode(reversed) + " " + Arrays.hashCode(byAbs));
            if (size <= 33) {
                System.out.println("  " + Arrays.toString(byAbs));
            }
        }
        // A comparator over a range leaves the rest alone.
        String[] words = {"pear", "Fig", "apple", "kiwi", "Banana", "date", "cherry", "Elder", "grape"};
        Arrays.sort(words, 2, 7, String.CASE_INSENSITIVE_ORDER);
        System.out.println("range sort " + Arrays.toString(words));
        Arrays.sort(words, Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        System.out.println("length then reverse " + Arrays.toString(words));
        String[] withNulls = {"b", null, "a", null, "c"};
        Arrays.sort(withNulls, Comparator.nullsLast(Comparator.naturalOrder()));
        System.out.println("nulls last " + Arrays.toString(withNulls));
        Arrays.sort(withNulls, Comparator.nullsFirst(Comparator.<String>reverseOrder()));
        System.out.println("nulls first reversed " + Arrays.toString(withNulls));
        try {
            Arrays.sort(new String[] {"b", null, "a"});
        } catch (NullPointerException e) {
            System.out.println("natural sort with null " + e.getClass().getName());
        }
        try {
            Arrays.sort(new Object[] {"a", 1, "b"});
        } catch (ClassCastException e) {
            System.out.println("mixed types " + e.getClass().getName());
        }
        Integer[] numbers = {5, 3, 9, 1, 7};
        try {
            Arrays.sort(numbers, (x, y) -> {
                if (x == 9 || y == 9) {
                    throw new IllegalStateException("nine");
                }
                return x - y;
            });
        } catch (IllegalStateException e) {
            System.out.println("comparator threw " + e.getMessage() + " elements kept " + Arrays.stream(numbers).mapToInt(i -> i).sum());
        }
        // binarySearch with a comparator: found indexes and insertion points at every position.
        Integer[] sorted = {-9, -4, 0, 3, 8, 15};
        Comparator<Integer> natural = Comparator.naturalOrder();
        StringBuilder found = new StringBuilder();
        for (int probe = -10; probe <= 16; probe++) {
            found.append(Arrays.binarySearch(sorted, probe, natural)).append(' ');
        }
        System.out.println("search " + found);
        Integer[] descending = {15, 8, 3, 0, -4, -9};
        System.out.println("search descending " + Arrays.binarySearch(descending, 3, Comparator.reverseOrder()) + " "
                + Arrays.binarySearch(descending, 4, Comparator.reverseOrder()) + " " + Arrays.binarySearch(descending, 1, 4, -4, Comparator.reverseOrder())
                + " null comparator " + Arrays.binarySearch(sorted, 8, null));
        // Primitive sorts of seeded data agree with a boxed sort by compareTo.
        double[] ds = new double[2000];
        Double[] boxed = new Double[ds.length];
        for (int n = 0; n < ds.length; n++) {
            ds[n] = n % 50 == 0 ? Double.NaN : n % 47 == 0 ? -0.0 : (next(2001) - 1000) / 8.0;
            boxed[n] = ds[n];
        }
        Arrays.sort(ds);
        Arrays.sort(boxed, Comparator.naturalOrder());
        boolean same = true;
        for (int n = 0; n < ds.length; n++) {
            same &= Double.compare(ds[n], boxed[n]) == 0;
        }
        System.out.println("double sorts agree " + same + " " + ds[0] + " " + ds[ds.length - 1] + " " + found(ds, 0.0) + " " + found(ds, -0.0)
                + " " + Arrays.binarySearch(ds, 1000.5));
    }
}
