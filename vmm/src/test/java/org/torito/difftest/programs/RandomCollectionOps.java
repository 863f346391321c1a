package org.torito.difftest.programs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.TreeMap;

/** 6 000 operations drawn from a seeded SplitMix64 on ArrayList, LinkedList, ArrayDeque, TreeMap and HashMap; a checksum of every result and the state (HashMap sorted) every 500 steps. */
public class RandomCollectionOps {
    static long seed = 0x5DEECE66DL;
    static long checksum = 17;

    static long next() {
        long z = (seed += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static int below(int n) {
        return (int) Long.remainderUnsigned(next(), n);
    }

    static void mix(long v) {
        checksum = checksum * 1_000_003L ^ v;
    }

    static void mix(Object o) {
        mix(o == null ? -1L : (long) o.hashCode());
    }

    static <T> String ends(List<T> l) {
        return l.size() <= 8 ? l.toString() : l.subList(0, 4) + "..." + l.subList(l.size() - 4, l.size());
    }

    public static void main(String[] args) {
        List<Integer> array = new ArrayList<>();
        LinkedList<Integer> linked = new LinkedList<>();
        ArrayDeque<Integer> deque = new ArrayDeque<>();
        TreeMap<Integer, Integer> tree = new TreeMap<>();
        Map<Integer, Integer> hash = new HashMap<>();
        for (int step = 1; step <= 6000; step++) {
            int v = below(1000);
            switch (below(25)) {
                case 0, 1 -> array.add(v);
                case 2 -> array.add(below(array.size() + 1), v);
                case 3 -> {
                    if (!array.isEmpty()) {
                        mix(array.remove(below(array.size())));
                    }
                }
                case 4 -> {
                    if (!array.isEmpty()) {
                        mix(array.set(below(array.size()), v));
                    }
                }
                case 5 -> {
                    mix(array.indexOf(v % 50));
                    mix(array.lastIndexOf(v % 50));
                    mix(array.contains(v) ? 1 : 0);
                }
                case 6 -> {
                    if (array.size() > 10) {
                        int from = below(array.size() - 5);
                        array.subList(from, from + 1 + below(4)).clear();
                    }
                    if (v % 10 == 0) {
                        array.sort(null);
                    }
                    mix(array.hashCode());
                }
                case 7 -> {
                    mix(array.removeIf(x -> x % 97 == v % 97) ? 1 : 0);
                    mix(array.remove(Integer.valueOf(v % 100)) ? 1 : 0);
                }
                case 8, 9 -> {
                    if (v % 2 == 0) {
                        linked.addFirst(v);
                    } else {
                        linked.addLast(v);
                    }
                }
                case 10 -> {
                    mix(linked.pollFirst());
                    mix(linked.pollLast());
                }
                case 11 -> {
                    linked.add(below(linked.size() + 1), v);
                    if (linked.size() > 3) {
                        mix(linked.remove(below(linked.size())));
                        mix(linked.removeFirstOccurrence(linked.peekLast()) ? 1 : 0);
                    }
                }
                case 12 -> {
                    ListIterator<Integer> it = linked.listIterator(below(linked.size() + 1));
                    while (it.hasPrevious()) {
                        int x = it.previous();
                        if (x % 5 == 0) {
                            it.remove();
                        } else if (x % 7 == 0) {
                            it.set(x + 1);
                        }
                    }
                    mix(linked.hashCode());
                }
                case 13, 14 -> {
                    if (v % 3 == 0) {
                        deque.offerFirst(v);
                    } else {
                        deque.offerLast(v);
                    }
                }
                case 15 -> {
                    mix(deque.pollFirst());
                    mix(deque.peekLast());
                    if (deque.size() > 40) {
                        mix(deque.pollLast());
                    }
                }
                case 16 -> {
                    Iterator<Integer> it = deque.descendingIterator();
                    int n = 0;
                    while (it.hasNext() && n++ < 6) {
                        if (it.next() % 4 == 0) {
                            it.remove();
                        }
                    }
                    mix(deque.size());
                }
                case 17, 18 -> mix(tree.put(v % 300, step));
                case 19 -> {
                    mix(tree.remove(v % 300));
                    mix(tree.floorKey(v % 300));
                    mix(tree.ceilingKey(v % 300));
                    mix(tree.higherKey(v % 300));
                }
                case 20 -> {
                    mix(tree.headMap(v % 300).size());
                    mix(tree.tailMap(v % 300, false).size());
                    mix(tree.merge(v % 300, 1, Integer::sum));
                    if (tree.size() > 80) {
                        Map.Entry<Integer, Integer> e = v % 2 == 0 ? tree.pollFirstEntry() : tree.pollLastEntry();
                        mix(e.getKey());
                    }
                }
                case 21, 22 -> mix(hash.put(v % 400, step));
                case 23 -> {
                    mix(hash.remove(v % 400));
                    mix(hash.getOrDefault(v % 400 + 1, -7));
                    mix(hash.merge(v % 400, v, (a, b) -> a + b > 1500 ? null : a + b));
                }
                default -> {
                    mix(hash.computeIfAbsent(v % 400, k -> k * 2));
                    mix(hash.computeIfPresent((v + 1) % 400, (k, x) -> x % 3 == 0 ? null : x + 1));
                    mix(hash.compute((v + 2) % 400, (k, x) -> x == null ? 1 : x * 2 % 1000));
                    mix(hash.putIfAbsent((v + 3) % 400, 0));
                    mix(hash.size());
                }
            }
            if (step % 500 == 0) {
                System.out.println("step " + step + " checksum " + Long.toHexString(checksum));
                System.out.println("  array " + array.size() + " " + ends(array));
                System.out.println("  linked " + linked.size() + " " + ends(linked));
                System.out.println("  deque " + deque.size() + " " + ends(new ArrayList<>(deque)));
                System.out.println("  tree " + tree.size() + " first " + tree.firstEntry() + " last " + tree.lastEntry() + " hash " + tree.hashCode());
                System.out.println("  hash " + hash.size() + " sorted hash " + new TreeMap<>(hash).toString().hashCode() + " map hash " + hash.hashCode());
            }
        }
        System.out.println("final array " + array);
        System.out.println("final linked " + linked);
        System.out.println("final deque " + deque);
        System.out.println("final tree " + tree);
        System.out.println("final hash " + new TreeMap<>(hash));
    }
}
