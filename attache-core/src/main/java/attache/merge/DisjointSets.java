package attache.merge;

import java.util.Arrays;
import java.util.function.IntBinaryOperator;
import java.util.stream.IntStream;

/**
 * Union-find over elements 0, 1, 2, … added one at a time. Each set also knows its members (a circular
 * list, so joining two sets is constant time) and its first member under an order given by the caller,
 * which is what names a story.
 */
final class DisjointSets {

    private final IntBinaryOperator earlier;
    private int[] parent = new int[64];
    private int[] rank = new int[64];
    private int[] next = new int[64];
    private int[] first = new int[64];
    private int count;

    /** @param earlier given two elements, returns the one that should name a set holding both */
    DisjointSets(IntBinaryOperator earlier) {
        this.earlier = earlier;
    }

    /** Adds a new element in a set of its own and returns it. */
    int add() {
        if (count == parent.length) {
            int n = count * 2;
            parent = Arrays.copyOf(parent, n);
            rank = Arrays.copyOf(rank, n);
            next = Arrays.copyOf(next, n);
            first = Arrays.copyOf(first, n);
        }
        int e = count++;
        parent[e] = e;
        next[e] = e;
        first[e] = e;
        return e;
    }

    int find(int e) {
        int root = e;
        while (parent[root] != root) {
            root = parent[root];
        }
        while (parent[e] != root) {
            int up = parent[e];
            parent[e] = root;
            e = up;
        }
        return root;
    }

    void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return;
        }
        if (rank[ra] < rank[rb]) {
            int t = ra;
            ra = rb;
            rb = t;
        }
        parent[rb] = ra;
        if (rank[ra] == rank[rb]) {
            rank[ra]++;
        }
        int t = next[ra];
        next[ra] = next[rb];
        next[rb] = t;
        first[ra] = earlier.applyAsInt(first[ra], first[rb]);
    }

    /** The element that names the set holding {@code e}. */
    int first(int e) {
        return first[find(e)];
    }

    /** Every element of the set holding {@code e}. */
    IntStream members(int e) {
        IntStream.Builder out = IntStream.builder();
        int at = e;
        do {
            out.add(at);
            at = next[at];
        } while (at != e);
        return out.build();
    }
}
