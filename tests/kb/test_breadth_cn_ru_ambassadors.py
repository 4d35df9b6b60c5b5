"""Chinese and Russian ambassadors and permanent representatives (issue #11) resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # China: ambassadors
    ("cn.ambassador_to_italy", "2024-06-01", "jia-guide"),
    ("cn.ambassador_to_north_korea", "2023-06-01", "wang-yajun"),
    ("cn.ambassador_to_pakistan", "2024-06-01", "jiang-zaidong"),
    ("cn.ambassador_to_canada", "2023-06-01", "cong-peiwu"),
    ("cn.ambassador_to_canada", "2025-01-15", "wang-di-diplomat"),
    ("cn.ambassador_to_brazil", "2024-06-01", "zhu-qingqiao"),
    ("cn.ambassador_to_south_africa", "2023-06-01", "chen-xiaodong"),
    ("cn.ambassador_to_south_africa", "2025-01-15", "wu-peng-diplomat"),
    ("cn.ambassador_to_turkey", "2023-06-01", "liu-shaobin"),
    ("cn.ambassador_to_turkey", "2025-03-01", "jiang-xuebin"),
    ("cn.ambassador_to_iran", "2023-06-01", "chang-hua"),
    ("cn.ambassador_to_iran", "2025-03-01", "cong-peiwu"),
    ("cn.ambassador_to_israel", "2023-06-01", "cai-run"),
    ("cn.ambassador_to_israel", "2025-03-01", "xiao-junzheng"),
    ("cn.ambassador_to_egypt", "2023-06-01", "liao-liqiang"),
    ("cn.ambassador_to_saudi_arabia", "2025-03-01", "chang-hua"),
    ("cn.ambassador_to_uae", "2026-04-01", "zeng-jixin"),
    ("cn.ambassador_to_thailand", "2023-06-01", "han-zhiqiang"),
    ("cn.ambassador_to_thailand", "2026-01-15", "zhang-jianwei-diplomat"),
    ("cn.ambassador_to_kazakhstan", "2023-06-01", "zhang-xiao-diplomat"),
    ("cn.ambassador_to_ukraine", "2023-06-01", "fan-xianrong"),
    ("cn.ambassador_to_ukraine", "2025-03-01", "ma-shengkun"),
    ("cn.ambassador_to_belarus", "2023-06-01", "xie-xiaoyong"),
    ("cn.ambassador_to_belarus", "2025-03-01", "zhang-wenchuan"),
    ("cn.ambassador_to_serbia", "2023-06-01", "chen-bo-diplomat"),
    ("cn.ambassador_to_serbia", "2024-06-01", "li-ming-diplomat"),
    ("cn.ambassador_to_hungary", "2024-06-01", "gong-tao"),
    ("cn.ambassador_to_poland", "2023-06-01", "sun-linjiang"),
    ("cn.ambassador_to_poland", "2025-10-01", "lu-shaye"),
    ("cn.ambassador_to_vietnam", "2023-06-01", "xiong-bo"),
    ("cn.ambassador_to_eu", "2025-03-01", "cai-run"),
    ("cn.un_geneva_representative", "2021-06-01", "chen-xu-diplomat"),
    ("cn.un_vienna_representative", "2022-06-01", "wang-qun-diplomat"),
    ("cn.un_vienna_representative", "2024-06-01", "li-song-diplomat"),
    # Russia: ambassadors
    ("ru.ambassador_to_uk", "2024-06-01", "andrei-kelin"),
    ("ru.ambassador_to_france", "2023-06-01", "alexei-meshkov"),
    ("ru.ambassador_to_germany", "2024-06-01", "sergei-nechayev"),
    ("ru.ambassador_to_italy", "2023-01-15", "sergei-razov"),
    ("ru.ambassador_to_italy", "2024-06-01", "alexei-paramonov"),
    ("ru.ambassador_to_japan", "2022-06-01", "mikhail-galuzin"),
    ("ru.ambassador_to_japan", "2025-01-15", "nikolai-nozdrev"),
    ("ru.ambassador_to_south_korea", "2023-06-01", "andrei-kulik"),
    ("ru.ambassador_to_south_korea", "2024-06-01", "georgy-zinoviev"),
    ("ru.ambassador_to_north_korea", "2024-06-01", "alexander-matsegora"),
    ("ru.ambassador_to_india", "2023-06-01", "denis-alipov"),
    ("ru.ambassador_to_pakistan", "2023-06-01", "danila-ganich"),
    ("ru.ambassador_to_pakistan", "2025-01-15", "albert-khorev"),
    ("ru.ambassador_to_australia", "2024-06-01", "alexey-pavlovsky"),
    ("ru.ambassador_to_canada", "2024-06-01", "oleg-stepanov"),
    ("ru.ambassador_to_south_africa", "2025-01-15", "roman-ambarov"),
    ("ru.ambassador_to_turkey", "2024-06-01", "alexei-yerkhov"),
    ("ru.ambassador_to_turkey", "2026-03-01", "sergei-vershinin"),
    ("ru.ambassador_to_iran", "2024-06-01", "alexey-dedov"),
    ("ru.ambassador_to_egypt", "2024-06-01", "georgy-borisenko"),
    ("ru.ambassador_to_saudi_arabia", "2023-06-01", "sergei-kozlov-diplomat"),
    ("ru.ambassador_to_uae", "2023-06-01", "timur-zabirov"),
    ("ru.ambassador_to_indonesia", "2023-06-01", "lyudmila-vorobieva"),
    ("ru.ambassador_to_indonesia", "2025-03-01", "sergei-tolchenov"),
    ("ru.ambassador_to_philippines", "2024-06-01", "marat-pavlov"),
    ("ru.ambassador_to_thailand", "2023-06-01", "evgeny-tomikhin"),
    ("ru.ambassador_to_singapore", "2023-06-01", "nikolay-kudashev"),
    ("ru.ambassador_to_belarus", "2023-06-01", "boris-gryzlov"),
    ("ru.ambassador_to_serbia", "2023-06-01", "alexander-botsan-kharchenko"),
    ("ru.ambassador_to_poland", "2023-06-01", "sergei-andreyev-diplomat"),
    ("ru.un_geneva_representative", "2024-06-01", "gennady-gatilov"),
    ("ru.un_vienna_representative", "2023-06-01", "mikhail-ulyanov-diplomat"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("cn.ambassador_to_canada", "2025-01-15", "cong-peiwu"),
    ("cn.ambassador_to_south_africa", "2025-01-15", "chen-xiaodong"),
    ("cn.ambassador_to_turkey", "2025-03-01", "liu-shaobin"),
    ("cn.ambassador_to_iran", "2025-03-01", "chang-hua"),
    ("cn.ambassador_to_israel", "2025-03-01", "cai-run"),
    ("cn.ambassador_to_thailand", "2026-01-15", "han-zhiqiang"),
    ("cn.ambassador_to_ukraine", "2025-03-01", "fan-xianrong"),
    ("cn.ambassador_to_belarus", "2025-03-01", "xie-xiaoyong"),
    ("cn.ambassador_to_serbia", "2024-06-01", "chen-bo-diplomat"),
    ("cn.ambassador_to_poland", "2025-10-01", "sun-linjiang"),
    ("cn.ambassador_to_vietnam", "2025-01-15", "xiong-bo"),
    ("cn.un_vienna_representative", "2024-06-01", "wang-qun-diplomat"),
    ("ru.ambassador_to_italy", "2024-06-01", "sergei-razov"),
    ("ru.ambassador_to_japan", "2025-01-15", "mikhail-galuzin"),
    ("ru.ambassador_to_south_korea", "2024-06-01", "andrei-kulik"),
    ("ru.ambassador_to_north_korea", "2026-01-15", "alexander-matsegora"),
    ("ru.ambassador_to_pakistan", "2025-01-15", "danila-ganich"),
    ("ru.ambassador_to_australia", "2025-06-01", "alexey-pavlovsky"),
    ("ru.ambassador_to_turkey", "2026-03-01", "alexei-yerkhov"),
    ("ru.ambassador_to_egypt", "2026-03-01", "georgy-borisenko"),
    ("ru.ambassador_to_indonesia", "2025-03-01", "lyudmila-vorobieva"),
    ("ru.ambassador_to_poland", "2026-03-01", "sergei-andreyev-diplomat"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Chinese Ambassador to Italy", "2024-06-01", "jia-guide"),
    ("Chinese Ambassador to Canada", "2025-01-15", "wang-di-diplomat"),
    ("Chinese Ambassador to Ukraine", "2025-03-01", "ma-shengkun"),
    ("Russian Ambassador to Japan", "2025-01-15", "nikolai-nozdrev"),
    ("Russian Ambassador to Egypt", "2024-06-01", "georgy-borisenko"),
    ("Russian Ambassador to the UK", "2024-06-01", "andrei-kelin"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
