package org.torito.difftest.programs;

import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/** TreeMap/TreeSet navigation, inclusive/exclusive range views and writes through them, descending views, polls, nullsFirst. */
public class TreeNavigation {
    static void attempt(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + " ok");
        } catch (IllegalArgumentException e) {
            System.out.println(label + " " + e.getClass().getName() + ": " + e.getMessage());
        } catch (RuntimeException e) {
            // NPE and CCE messages are HotSpot's helpful messages: only the class is compared.
            System.out.println(label + " " + e.getClass().getName());
        }
    }

    public static void main(String[] args) {
        TreeMap<Integer, String> map = new TreeMap<>();
        for (int i = 0; i <= 20; i += 2) {
            map.put(i * 5, "v" + i);
        }
        System.out.println("map " + map);
        for (int k : new int[] {-5, 0, 1, 45, 50, 51, 100, 101}) {
            System.out.println("k=" + k + " floor=" + map.floorKey(k) + " ceiling=" + map.ceilingKey(k) + " higher="
                    + map.higherKey(k) + " lower=" + map.lowerKey(k) + " floorEntry=" + map.floorEntry(k)
                    + " higherEntry=" + map.higherEntry(k));
        }
        System.out.println("first " + map.firstEntry() + " last " + map.lastEntry());
        NavigableMap<Integer, String> head = map.headMap(40, false);
        NavigableMap<Integer, String> headIn = map.headMap(40, true);
        SortedMap<Integer, String> tail = map.tailMap(60);
        NavigableMap<Integer, String> tailEx = map.tailMap(60, false);
        NavigableMap<Integer, String> sub = map.subMap(20, true, 70, false);
        NavigableMap<Integer, String> subEx = map.subMap(20, false, 70, true);
        System.out.println("head " + head + " headIn " + headIn + " tail " + tail + " tailEx " + tailEx);
        System.out.println("sub " + sub + " subEx " + subEx + " sub.first " + sub.firstKey() + " subEx.last " + subEx.lastKey());
        System.out.println("sub.floor(25) " + sub.floorKey(25) + " sub.ceiling(65) " + sub.ceilingKey(65) + " sub.lower(20) "
                + sub.lowerKey(20) + " subEx.higher(70) " + subEx.higherKey(70));
        sub.put(25, "new25");
        sub.remove(30);
        map.put(35, "direct35");
        System.out.println("after writes map " + map + " sub " + sub + " size " + sub.size());
        attempt("sub.put(70)", () -> sub.put(70, "x"));
        attempt("sub.put(19)", () -> sub.put(19, "x"));
        attempt("head.put(40)", () -> head.put(40, "x"));
        attempt("headIn.put(40)", () -> headIn.put(40, "in"));
        attempt("tailEx.put(60)", () -> tailEx.put(60, "x"));
        attempt("sub.subMap(10,30)", () -> sub.subMap(10, 30));
        attempt("map.subMap(9,3)", () -> map.subMap(9, 3));
        System.out.println("sub.containsKey(10) " + sub.containsKey(10) + " sub.get(10) " + sub.get(10) + " sub.remove(10) "
                + sub.remove(10));
        sub.entrySet().removeIf(e -> e.getKey() % 10 != 0);
        System.out.println("sub removeIf " + sub + " map " + map);
        Map.Entry<Integer, String> polled = sub.pollFirstEntry();
        Map.Entry<Integer, String> polledLast = sub.pollLastEntry();
        System.out.println("sub polls " + polled + " " + polledLast + " map " + map);
        attempt("entry.setValue on firstEntry", () -> map.firstEntry().setValue("z"));
        for (Map.Entry<Integer, String> e : sub.entrySet()) {
            e.setValue(e.getValue().toUpperCase());
        }
        System.out.println("setValue through sub " + map);

        NavigableMap<Integer, String> desc = map.descendingMap();
        System.out.println("desc " + desc + " first " + desc.firstKey() + " floor(33) " + desc.floorKey(33) + " ceiling(33) "
                + desc.ceilingKey(33) + " higher(50) " + desc.higherKey(50) + " head(50) " + desc.headMap(50) + " tail(50,false) "
                + desc.tailMap(50, false));
        System.out.println("desc.desc " + desc.descendingMap().firstKey() + " descKeys " + map.descendingKeySet() + " navKeys.sub "
                + map.navigableKeySet().subSet(10, true, 50, true));
        Iterator<Integer> dit = desc.keySet().iterator();
        while (dit.hasNext()) {
            if (dit.next() % 20 == 0) {
                dit.remove();
            }
        }
        System.out.println("after desc iterator remove " + map);
        while (map.size() > 2) {
            System.out.print(map.pollFirstEntry() + "/" + map.pollLastEntry() + " ");
        }
        System.out.println("rest " + map);
        map.clear();
        System.out.println("empty polls " + map.pollFirstEntry() + " " + map.firstEntry() + " " + map.floorKey(3));
        attempt("empty firstKey", map::firstKey);

        TreeMap<String, Integer> plain = new TreeMap<>();
        attempt("natural put(null)", () -> plain.put(null, 1));
        attempt("natural get(null)", () -> plain.get(null));
        TreeMap<Object, Integer> mixed = new TreeMap<>();
        mixed.put("s", 1);
        attempt("mixed put(Integer)", () -> mixed.put(1, 2));

        TreeSet<Integer> ints = new TreeSet<>();
        for (int i = 0; i < 30; i++) {
            ints.add(i * 13 % 31);
        }
        NavigableSet<Integer> view = ints.subSet(5, false, 20, true);
        System.out.println("ints " + ints + " view " + view + " desc " + view.descendingSet());
        view.add(6);
        attempt("view.add(21)", () -> view.add(21));
        view.removeIf(i -> i % 3 == 0);
        System.out.println("view after " + view + " ints size " + ints.size() + " pollFirst " + view.pollFirst() + " pollLast "
                + view.pollLast() + " ints " + ints);
        System.out.println("ceiling/floor " + ints.ceiling(21) + " " + ints.floor(-1) + " " + ints.tailSet(28) + " "
                + ints.headSet(3, true));
        // Last: TeaVM's TreeMap throws from pollLast when the last key is null, which ends the program.
        TreeSet<String> set = new TreeSet<>(Comparator.nullsFirst(Comparator.<String>naturalOrder()));
        set.add("m");
        set.add(null);
        set.add("b");
        set.add("x");
        set.add(null);
        System.out.println("nullsFirst set " + set + " first " + set.first() + " higher(null) " + set.higher(null) + " lower(b) "
                + set.lower("b") + " headSet(m) " + set.headSet("m") + " contains(null) " + set.contains(null));
        TreeSet<String> rev = new TreeSet<>(Comparator.nullsLast(Comparator.<String>reverseOrder()));
        rev.addAll(java.util.Arrays.asList("a", null, "c", "b"));
        System.out.println("nullsLast reversed " + rev + " pollFirst " + rev.pollFirst() + " pollLast " + rev.pollLast() + " " + rev);
    }
}
