# The C types of tidy_walk.py (Cython's "augmenting .pxd"): the .py stays the one source,
# runnable as plain Python; compiled, nodes are C structs and the numbers C doubles. The
# fields are public: the layout (plain Python) and the chart cache read and write them.
cimport cython

@cython.final
cdef class Node:
    cdef public object key, card
    cdef public double w, h, prelim, mod, shift, change, msel, mser, rel, tldy, trdy
    cdef public double elb, erb, left, right, bottom
    cdef public list c, log
    cdef public Node parent, tl, tr, el, er

    @cython.locals(w=double, h=double)
    cpdef void setup(self, object key, object card, double gap_x, double gap_y) except *

@cython.final
cdef class _IYL:
    cdef double low_y
    cdef Py_ssize_t index
    cdef _IYL nxt

@cython.locals(found=_IYL)
cdef _IYL _update_iyl(double min_y, Py_ssize_t i, _IYL ih)

@cython.locals(sr=Node, cl=Node, first=Node, li=Node, child=Node, before=Node, ri=Node,
               mssr=double, mscl=double, ysr=double, ycl=double, sb=double, cb=double,
               dist=double, diff=double)
cdef void _separate(Node t, Py_ssize_t i, _IYL ih, list log) except *

@cython.locals(child=Node, other=Node, nr=Py_ssize_t)
cdef void _move_subtree(Node t, Py_ssize_t i, Py_ssize_t si, double dist, list log) except *

@cython.locals(log=list, kids=list, ih=_IYL, k=Py_ssize_t, min_y=double, first=Node,
               last=Node, c=Node, prelim=double, d=double, delta=double, left=double,
               right=double, bottom=double, rel=double)
cpdef void walk(Node t) except *

@cython.locals(t=Node)
cpdef void walk_each(list nodes) except *

@cython.locals(stack=list, node=Node, child=Node, kids=list, by_dict=bint, one_size=bint)
cpdef void attach(Node parent, dict nodes, object children, object size, double gap_x,
                  double gap_y, dict parked, object unpark, list fresh, set rooted) except *

@cython.locals(found=dict, stack=list, xs=list, ys=list, n=Node, c=Node, kids=list,
               x=double, y=double, below=double, i=Py_ssize_t)
cpdef dict boxes(object roots, object box)

@cython.locals(log=list, i=Py_ssize_t)
cpdef void undo(Node t) except *

@cython.locals(found=list, n=Node, c=Node, i=Py_ssize_t)
cpdef list subtree(Node node)

@cython.locals(n=Node)
cpdef void park(Node node, dict nodes, dict parked_in) except *

@cython.locals(n=Node)
cpdef void unpark(Node node, dict nodes, dict parked_in) except *
