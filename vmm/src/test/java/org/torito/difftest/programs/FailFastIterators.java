package org.torito.difftest.programs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Fail-fast iterators: structural changes outside the iterator throw ConcurrentModificationException; value changes and the iterator's own changes do not. */
public class FailFastIterators {
    static int steps;

    // Where no ConcurrentModificationException comes, some loops below would run on forever
    // (each step adds an element): they stop after this many steps and print the count.
    static final int STEP_LIMIT = 50;

    static boolean tooMany() {
        return ++steps > STEP_LIMIT;
    }

    interface Body {
        void run();
    }

    static void attempt(String label, Body b, java.util.function.Supplier<Object> state) {
        steps = 0;
        try {
            b.run();
            System.out.println(label + " no exception, steps " + steps + " " + state.get());
        } catch (RuntimeException e) {
            System.out.println(label + " " + e.getClass().getName() + " after " + steps + " steps, state " + state.get());
        }
    }

    public static void main(String[] args) {
        List<Integer> al = new ArrayList<>(List.of(1, 2, 3, 4, 5));
        attempt("ArrayList add in for-each", () -> {
            for (int v : al) {
                if (tooMany()) {
                    break;
                }
                if (v == 2) {
                    al.add(99);
                }
            }
        }, () -> al);
        List<Integer> al2 = new ArrayList<>(List.of(1, 2, 3, 4, 5));
        attempt("ArrayList remove first in for-each", () -> {
            for (Integer v : al2) {
                if (tooMany()) {
                    break;
                }
                if (v == 1) {
                    al2.remove(v);
                }
            }
        }, () -> al2);
        // Removing the second-to-last element ends a for-each loop quietly on HotSpot (hasNext()
        // sees the shrunk size); TeaVM throws instead: a known difference (docs, RuntimeFaults), not repeated here.
        List<Integer> al3 = new ArrayList<>(List.of(1, 2, 3, 4, 5));
        attempt("ArrayList remove last in for-each", () -> {
            for (Integer v : al3) {
                if (tooMany()) {
                    break;
                }
                if (v == 5) {
                    al3.remove(v);
                }
            }
        }, () -> al3);
        List<Integer> al4 = new ArrayList<>(List.of(1, 2, 3));
        attempt("ArrayList set in for-each", () -> {
            for (int i = 0; i < 3; i++) {
                for (int v : al4) {
                    if (tooMany()) {
                        break;
                    }
                    al4.set(0, v * 10);
                }
            }
        }, () -> al4);
        List<Integer> al5 = new ArrayList<>(List.of(1, 2, 3, 4));
        attempt("ArrayList iterator remove", () -> {
            for (Iterator<Integer> it = al5.iterator(); it.hasNext();) {
                steps++;
                if (it.next() % 2 == 0) {
                    it.remove();
                }
            }
        }, () -> al5);
        List<Integer> al6 = new ArrayList<>(List.of(1, 2, 3, 4));
        attempt("ArrayList forEach add", () -> al6.forEach(v -> {
            if (tooMany()) {
                throw new IllegalStateException("step limit");
            }
            if (v == 3) {
                al6.add(0);
            }
        }), () -> al6);
        List<Integer> al7 = new ArrayList<>(List.of(1, 2, 3, 4));
        ListIterator<Integer> first = al7.listIterator();
        ListIterator<Integer> second = al7.listIterator();
        attempt("two iterators", () -> {
            first.next();
            steps++;
            first.remove();
            steps++;
            second.next();
        }, () -> al7);
        List<Integer> al8 = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6));
        List<Integer> sub = al8.subList(1, 4);
        attempt("subList after parent add", () -> {
            sub.set(0, 20);
            steps++;
            al8.add(7);
            steps++;
            sub.size();
        }, () -> al8);
        List<Integer> al9 = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6));
        List<Integer> sub9 = al9.subList(2, 5);
        attempt("parent after subList change", () -> {
            sub9.remove(0);
            steps++;
            sub9.add(30);
            steps++;
            System.out.print("[sub " + sub9 + "] ");
        }, () -> al9);
        List<Integer> al10 = new ArrayList<>(List.of(5, 3, 1));
        attempt("sort during iteration", () -> {
            for (int v : al10) {
                if (tooMany()) {
                    break;
                }
                al10.sort(null);
            }
        }, () -> al10);

        LinkedList<String> ll = new LinkedList<>(List.of("a", "b", "c"));
        attempt("LinkedList addFirst in for-each", () -> {
            for (String s : ll) {
                if (tooMany()) {
                    break;
                }
                if (s.equals("a")) {
                    ll.addFirst("z");
                }
            }
        }, () -> ll);
        ArrayDeque<Integer> dq = new ArrayDeque<>(List.of(1, 2, 3));
        attempt("ArrayDeque addLast in for-each", () -> {
            for (int v : dq) {
                if (tooMany()) {
                    break;
                }
                if (v == 1) {
                    dq.addLast(4);
                }
            }
        }, () -> dq);

        Map<String, Integer> hm = new HashMap<>(Map.of("a", 1, "b", 2, "c", 3));
        attempt("HashMap put new key in keySet loop", () -> {
            for (String k : hm.keySet()) {
                if (tooMany()) {
                    break;
                }
                hm.put(k + k, 0);
            }
        }, () -> new TreeMap<>(hm).size());
        Map<String, Integer> hm2 = new HashMap<>(Map.of("a", 1, "b", 2, "c", 3));
        attempt("HashMap put existing key in entrySet loop", () -> {
            for (Map.Entry<String, Integer> e : hm2.entrySet()) {
                if (tooMany()) {
                    break;
                }
                hm2.put(e.getKey(), e.getValue() * 100);
            }
        }, () -> new TreeMap<>(hm2));
        Map<String, Integer> hm3 = new HashMap<>(Map.of("a", 1, "b", 2, "c", 3));
        attempt("HashMap computeIfAbsent modifying", () -> {
            hm3.computeIfAbsent("d", k -> {
                steps++;
                hm3.put("e", 5);
                return 4;
            });
        }, () -> new TreeMap<>(hm3));
        Map<Integer, Integer> tm = new TreeMap<>(Map.of(1, 1, 2, 2, 3, 3));
        attempt("TreeMap remove other in values loop", () -> {
            for (int v : tm.values()) {
                if (tooMany()) {
                    break;
                }
                if (v == 1) {
                    tm.remove(3);
                }
            }
        }, () -> tm);
        TreeSet<Integer> ts = new TreeSet<>(List.of(1, 2, 3, 4));
        attempt("TreeSet pollFirst in loop", () -> {
            for (int v : ts) {
                if (tooMany()) {
                    break;
                }
                ts.pollFirst();
            }
        }, () -> ts);
        Map<String, Integer> lhm = new LinkedHashMap<>(16, 0.75f, true);
        lhm.put("x", 1);
        lhm.put("y", 2);
        lhm.put("z", 3);
        // In an access-ordered LinkedHashMap, get() is a structural modification.
        attempt("access-order get in keySet loop", () -> {
            for (String k : lhm.keySet()) {
                if (tooMany()) {
                    break;
                }
                lhm.get(k);
            }
        }, () -> lhm);
        Map<String, Integer> lhm2 = new LinkedHashMap<>(Map.of("x", 1));
        lhm2.put("y", 2);
        attempt("entrySet iterator remove then map put", () -> {
            Iterator<Map.Entry<String, Integer>> it = lhm2.entrySet().iterator();
            it.next();
            it.remove();
            steps++;
            lhm2.put("w", 0);
            steps++;
            it.next();
        }, () -> lhm2);
    }
}
