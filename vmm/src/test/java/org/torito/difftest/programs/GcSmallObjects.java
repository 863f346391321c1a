package org.torito.difftest.programs;

/**
 * Many short-lived small objects while a linked structure and a tree survive many collections;
 * checksums prove nothing that was live got freed or moved wrongly.
 */
public class GcSmallObjects {
    static final class Node {
        final long value;
        Node next;
        final int[] payload;

        Node(long value, Node next, int size) {
            this.value = value;
            this.next = next;
            this.payload = new int[size];
            for (int i = 0; i < size; i++) {
                payload[i] = (int) (value * 31 + i);
            }
        }
    }

    static final class Tree {
        final Tree left;
        final Tree right;
        final int depth;

        Tree(int depth) {
            this.depth = depth;
            this.left = depth > 0 ? new Tree(depth - 1) : null;
            this.right = depth > 0 ? new Tree(depth - 1) : null;
        }

        long check() {
            return depth + (left == null ? 0 : left.check()) + (right == null ? 0 : right.check());
        }
    }

    public static void main(String[] args) {
        Node survivors = null;
        long garbageSum = 0;
        Tree longLived = new Tree(14);
        long treeCheck = longLived.check();
        for (int i = 0; i < 3_000_000; i++) {
            Node garbage = new Node(i, null, i % 8);
            garbageSum += garbage.payload.length + garbage.value % 7;
            String s = "s" + (i % 100);
            garbageSum += s.length();
            if (i % 1000 == 0) {
                survivors = new Node(i, survivors, 16);
            }
            if (i % 100_000 == 0) {
                Tree shortLived = new Tree(10);
                garbageSum += shortLived.check();
            }
        }
        long check = 0;
        int count = 0;
        for (Node n = survivors; n != null; n = n.next) {
            for (int v : n.payload) {
                check = check * 1_000_003 + v;
            }
            check += n.value;
            count++;
        }
        System.out.println("survivors " + count + " checksum " + check + " garbage " + garbageSum);
        System.out.println("tree " + treeCheck + " " + longLived.check());
        // Drop half of the survivors and churn again: the collector must reclaim and reuse.
        int k = 0;
        for (Node n = survivors; n != null && n.next != null; n = n.next) {
            if (k++ % 2 == 0) {
                n.next = n.next.next;
            }
        }
        Object[] ring = new Object[4096];
        for (int i = 0; i < 2_000_000; i++) {
            ring[i & 4095] = new long[i % 16];
        }
        long ringSum = 0;
        for (Object o : ring) {
            ringSum += ((long[]) o).length;
        }
        long check2 = 0;
        int count2 = 0;
        for (Node n = survivors; n != null; n = n.next) {
            check2 += n.value ^ n.payload[15];
            count2++;
        }
        System.out.println("after churn " + count2 + " " + check2 + " ring " + ringSum + " tree " + longLived.check());
    }
}
