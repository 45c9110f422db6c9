# The C types of tidy_flat.py (an augmenting .pxd, as tidy_walk.pxd): the .py stays the one
# source, runnable as plain Python; compiled, its arrays are C int and double memoryviews.
cimport cython

# ``place``: the walk over flat arrays (memoryviews of array.array: C ints and doubles)
@cython.final
cdef class _Flat:
    cdef int[:] lo, hi, tl, tr, el, er, at
    cdef double[:] w, h, prelim, mod, shift, change, msel, mser, rel, tldy, trdy
    cdef double[:] elb, erb, left, right, bottom, low

    @cython.locals(sr=int, cl=int, first=int, child=int, before=int, li=int, ri=int,
                   mssr=double, mscl=double, ysr=double, ycl=double, sb=double, cb=double,
                   dist=double, diff=double)
    cdef void separate(self, int t, int i, int top) except *

    @cython.locals(child=int, other=int, nr=int)
    cdef void move_subtree(self, int t, int i, int si, double dist) except *

    @cython.locals(first=int, end=int, last=int, top=int, k=int, min_y=double, p=double,
                   d=double, delta=double, left=double, right=double, bottom=double, c=int,
                   r=double)
    cpdef void walk(self, int t) except *

@cython.locals(by_dict=bint, keys=list, seen=set, tops=list, t=Py_ssize_t, depth=Py_ssize_t,
               first=Py_ssize_t, end=Py_ssize_t, i=Py_ssize_t, known=Py_ssize_t,
               n=Py_ssize_t, los=int[:], his=int[:], stk=int[:], cwv=double[:], below=object,
               chv=double[:], wv=double[:], hv=double[:], flat=_Flat)
cpdef tuple place(object roots, object children, object size, double gap_x, double gap_y,
                  double between)

@cython.locals(n=Py_ssize_t, offset=double, height=double, xv=double[:], yv=double[:],
               t=Py_ssize_t, c=Py_ssize_t, x=double, below=double)
cdef tuple _absolute(_Flat flat, list keys, list tops, object cw, object ch, double gap_x,
                     double gap_y, double between)

@cython.locals(keys=list, tops=list, los=int[:], his=int[:], xv=double[:], yv=double[:],
               cwv=double[:], chv=double[:], found=dict, stack=list, t=Py_ssize_t,
               c=Py_ssize_t)
cpdef dict placed_boxes(tuple placed, object box)
