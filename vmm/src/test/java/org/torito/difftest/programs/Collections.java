package org.torito.difftest.programs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.ListIterator;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

/** ArrayList, LinkedList, ArrayDeque, TreeMap/TreeSet, PriorityQueue, java.util.Collections, seeded Random. */
public class Collections {
    public static void main(String[] args) {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            list.add(i * 7 % 20);
        }
        list.add(0, -1);
        list.remove(Integer.valueOf(13));
        list.remove(3);
        list.set(0, 99);
        System.out.println(list + " " + list.size() + " " + list.indexOf(7) + " " + list.lastIndexOf(100) + " " + list.contains(14));
        List<Integer> sub = list.subList(2, 6);
        sub.clear();
        System.out.println("after subList clear " + list);
        for (Iterator<Integer> it = list.iterator(); it.hasNext();) {
            if (it.next() % 2 == 0) {
                it.remove();
            }
        }
        ListIterator<Integer> li = list.listIterator();
        while (li.hasNext()) {
            int v = li.next();
            if (v > 10) {
                li.set(v * 100);
                li.add(-v);
            }
        }
        System.out.println("added while iterating " + list + " at " + li.nextIndex() + " " + li.previousIndex());
        while (li.hasPrevious()) {
            if (li.previous() < 0) {
                li.remove();
            }
        }
        ListIterator<Integer> adder = list.listIterator(list.size());
        adder.add(-19);
        adder.previous();
        adder.add(-5);
        System.out.println("iterators " + list);
        list.removeIf(v -> v < 0);
        list.replaceAll(v -> v + 1);
        list.sort(null);
        System.out.println("sorted " + list + " " + java.util.Collections.max(list) + " " + java.util.Collections.min(list)
                + " " + java.util.Collections.binarySearch(list, 4) + " " + java.util.Collections.frequency(list, 4));
        java.util.Collections.reverse(list);
        java.util.Collections.swap(list, 0, list.size() - 1);
        java.util.Collections.rotate(list, 2);
        System.out.println("reversed/swapped/rotated " + list);
        List<Integer> shuffled = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
        java.util.Collections.rotate(shuffled, 3);
        java.util.Collections.shuffle(shuffled, new Random(7));
        Random bounded = new Random(99);
        StringBuilder draws = new StringBuilder();
        for (int bound : new int[] {1, 2, 3, 10, 16, 1000, 1 << 30, Integer.MAX_VALUE, (1 << 30) + 1}) {
            draws.append(bounded.nextInt(bound)).append(' ');
        }
        System.out.println("bounded " + draws);
        Random random = new Random(2024);
        System.out.println("shuffle " + shuffled + " random " + random.nextInt() + " "
                + random.nextLong() + " " + random.nextBoolean() + " " + Double.doubleToLongBits(random.nextDouble())
                + " " + Float.floatToIntBits(random.nextFloat()) + " " + Double.doubleToLongBits(random.nextGaussian()));
        System.out.println(java.util.Collections.nCopies(3, "ab") + " " + java.util.Collections.emptyList()
                + " " + java.util.Collections.singletonList(1) + " " + java.util.Collections.unmodifiableList(list).size());

        LinkedList<String> linked = new LinkedList<>();
        linked.add("b");
        linked.addFirst("a");
        linked.addLast("c");
        linked.add(1, "ab");
        linked.removeFirstOccurrence("c");
        linked.offer("d");
        System.out.println("linked " + linked + " " + linked.getFirst() + linked.getLast() + " " + linked.peekLast()
                + " " + linked.pollFirst() + " " + linked + " " + linked.indexOf("d") + " " + linked.descendingIterator().next());

        Deque<Integer> stack = new ArrayDeque<>();
        Deque<Integer> queue = new ArrayDeque<>(2);
        for (int i = 0; i < 40; i++) {
            stack.push(i);
            queue.offerLast(i);
            if (i % 3 == 0) {
                stack.pop();
                queue.pollFirst();
            }
            if (i % 5 == 0) {
                queue.offerFirst(-i);
            }
        }
        System.out.println("stack " + stack.size() + " " + stack.peek() + " " + stack + " queue " + queue.peekFirst()
                + " " + queue.peekLast() + " " + queue);

        TreeMap<String, Integer> tree = new TreeMap<>();
        String[] keys = {"pear", "apple", "fig", "banana", "cherry", "date", "elder", "grape"};
        for (int i = 0; i < keys.length; i++) {
            tree.put(keys[i], i);
        }
        tree.put("fig", 100);
        System.out.println("tree " + tree + " first=" + tree.firstKey() + " last=" + tree.lastEntry() + " floor(c)="
                + tree.floorKey("c") + " ceiling(c)=" + tree.ceilingKey("c") + " higher(fig)=" + tree.higherKey("fig")
                + " lower(apple)=" + tree.lowerKey("apple"));
        System.out.println("views " + tree.headMap("cherry") + " " + tree.tailMap("fig", false) + " " + tree.subMap("b", "e")
                + " " + tree.descendingMap() + " " + tree.pollFirstEntry() + " " + tree.navigableKeySet().descendingSet());
        TreeSet<Integer> set = new TreeSet<>(java.util.Comparator.reverseOrder());
        for (int i = 0; i < 30; i++) {
            set.add(i * 37 % 23);
        }
        System.out.println("treeset " + set + " " + set.first() + " " + set.headSet(10) + " " + set.ceiling(100));

        PriorityQueue<Integer> pq = new PriorityQueue<>();
        PriorityQueue<String> pqs = new PriorityQueue<>(java.util.Comparator.comparing(String::length).thenComparing(s -> s));
        for (int i = 0; i < 50; i++) {
            pq.add((i * 7919) % 101);
        }
        for (String k : keys) {
            pqs.add(k);
        }
        StringBuilder drained = new StringBuilder();
        while (pq.size() > 35) {
            drained.append(pq.poll()).append(' ');
        }
        StringBuilder drainedS = new StringBuilder();
        while (!pqs.isEmpty()) {
            drainedS.append(pqs.poll()).append(' ');
        }
        System.out.println("pq " + drained + "| " + drainedS + "| peek " + pq.peek() + " size " + pq.size());
        List<String> big = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            big.add("item" + (i % 1000));
        }
        big.sort(null);
        System.out.println("big " + big.size() + " " + big.get(0) + " " + big.get(99_999) + " " + big.hashCode());
    }
}
