package org.torito.difftest.programs;

import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/** Removal through keySet/values/entrySet views (Iterator.remove, remove, removeIf, retainAll, removeAll, clear) writes through to HashMap, LinkedHashMap and TreeMap. */
public class MapViewRemoval {
    static Map<String, Integer> fill(Map<String, Integer> m) {
        for (int i = 0; i < 12; i++) {
            m.put("k" + (char) ('a' + i), i % 5);
        }
        return m;
    }

    static String sorted(Map<String, Integer> m) {
        return new TreeMap<>(m) + " size=" + m.size();
    }

    static void exercise(String name, Supplier<Map<String, Integer>> maker) {
        System.out.println(name);
        Map<String, Integer> m = fill(maker.get());
        for (Iterator<String> it = m.keySet().iterator(); it.hasNext();) {
            String k = it.next();
            if (k.compareTo("kc") < 0) {
                it.remove();
            }
        }
        System.out.println("  keySet iterator remove " + sorted(m));
        for (Iterator<Integer> it = m.values().iterator(); it.hasNext();) {
            if (it.next() == 4) {
                it.remove();
            }
        }
        System.out.println("  values iterator remove " + sorted(m));
        for (Iterator<Map.Entry<String, Integer>> it = m.entrySet().iterator(); it.hasNext();) {
            Map.Entry<String, Integer> e = it.next();
            if (e.getValue() == 3) {
                it.remove();
            } else {
                e.setValue(e.getValue() * 10);
            }
        }
        System.out.println("  entrySet iterator remove/setValue " + sorted(m));
        Iterator<String> twice = m.keySet().iterator();
        try {
            twice.remove();
        } catch (IllegalStateException e) {
            System.out.println("  remove before next " + e.getClass().getName());
        }
        twice.next();
        twice.remove();
        try {
            twice.remove();
        } catch (IllegalStateException e) {
            System.out.println("  remove twice " + e.getClass().getName());
        }
        System.out.println("  after one removal " + m.size());
        m = fill(maker.get());
        // values().remove takes the first match in iteration order, which HashMap leaves unspecified: the value is unique.
        m.put("solo", 42);
        Set<String> keys = m.keySet();
        Collection<Integer> values = m.values();
        Set<Map.Entry<String, Integer>> entries = m.entrySet();
        System.out.println("  keySet.remove(kb) " + keys.remove("kb") + " keySet.remove(zz) " + keys.remove("zz") + " values.remove(42) "
                + values.remove(42) + " -> " + sorted(m));
        System.out.println("  values.removeIf(v==1) " + values.removeIf(v -> v == 1) + " -> " + sorted(m));
        System.out.println("  entrySet.remove(entry(kc,2)) " + entries.remove(Map.entry("kc", 2)) + " entrySet.remove(entry(kd,0)) "
                + entries.remove(Map.entry("kd", 0)) + " -> " + sorted(m));
        System.out.println("  entrySet.contains " + entries.contains(Map.entry("kd", 3)) + " " + entries.contains(Map.entry("kd", 4)));
        System.out.println("  keySet.retainAll " + keys.retainAll(Set.of("kd", "ke", "ki", "zz")) + " -> " + sorted(m));
        System.out.println("  values.removeAll " + values.removeAll(Set.of(4)) + " -> " + sorted(m));
        System.out.println("  entrySet.removeIf key>kh " + entries.removeIf(e -> e.getKey().compareTo("kh") > 0) + " -> " + sorted(m));
        m.put("new", 7);
        System.out.println("  views see later put: keys " + new java.util.TreeSet<>(keys) + " values contain 7 " + values.contains(7));
        try {
            keys.add("x");
        } catch (UnsupportedOperationException e) {
            System.out.println("  keySet.add " + e.getClass().getName());
        }
        try {
            values.add(1);
        } catch (UnsupportedOperationException e) {
            System.out.println("  values.add " + e.getClass().getName());
        }
        values.clear();
        System.out.println("  values.clear -> " + sorted(m) + " " + keys.isEmpty() + " " + entries.size());
    }

    public static void main(String[] args) {
        exercise("HashMap", HashMap::new);
        exercise("LinkedHashMap", LinkedHashMap::new);
        exercise("TreeMap", TreeMap::new);
        LinkedHashMap<String, Integer> ordered = new LinkedHashMap<>();
        fill(ordered);
        ordered.values().removeIf(v -> v % 2 == 0);
        ordered.keySet().removeIf(k -> k.equals("kj"));
        System.out.println("linked order kept " + ordered);
        TreeMap<String, Integer> tree = new TreeMap<>();
        fill(tree);
        tree.headMap("ke").keySet().removeIf(k -> !k.equals("kc"));
        tree.tailMap("kj", true).values().clear();
        tree.descendingMap().entrySet().removeIf(e -> e.getValue() == 3);
        System.out.println("tree sub-view removals " + tree);
        Iterator<Map.Entry<String, Integer>> it = tree.entrySet().iterator();
        Map.Entry<String, Integer> e = it.next();
        it.remove();
        System.out.println("removed entry still readable " + e.getKey() + " " + tree.firstKey());
    }
}
