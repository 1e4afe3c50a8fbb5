"""api._freeze_long_lived: an Extractor freezes what lives as long as it does (the collector skips the model and the
tables), and the next Extractor first frees what was frozen and has since died, so builds in a row leak nothing."""
import gc
import weakref

from peacecond import api


class Cycle:
    def __init__(self):
        self.me = self  # freed by the cyclic collector only, never by reference counts


def test_a_later_extractor_frees_the_garbage_an_earlier_freeze_kept():
    api._freeze_long_lived()  # as an Extractor does once it is built
    held = Cycle()
    ref = weakref.ref(held)
    api._freeze_long_lived()  # the next one: `held` is frozen with everything alive now
    assert gc.get_freeze_count() > 0
    del held
    gc.collect()
    assert ref() is not None  # frozen: no collection sees it
    api._freeze_long_lived()  # the Extractor after that collects it before freezing again
    assert ref() is None


def test_what_lives_on_stays_after_the_refreeze():
    kept = Cycle()
    ref = weakref.ref(kept)
    api._freeze_long_lived()
    api._freeze_long_lived()
    assert ref() is kept
