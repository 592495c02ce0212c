import type { ExporterSeed } from "../src/catalog-types"

/**
 * The Uzbek companies selling through Bozor. Fictional firms in real places;
 * food producers carry a GACC (CIFER) registration, leather makers do not.
 */
export const exporters: ExporterSeed[] = [
  {
    handle: "fergana-golden-valley",
    name: {
      en: "Fergana Golden Valley",
      "zh-CN": "费尔干纳金谷果业",
      ru: "Ферганская Золотая Долина",
    },
    region: "fergana",
    city: { en: "Fergana", "zh-CN": "费尔干纳", ru: "Фергана" },
    founded_year: 2004,
    story: {
      en:
        "Fergana Golden Valley began in 2004, when three families in the foothills of Oltiariq district, on the southern rim of the Fergana Valley, put their orchards together. Today the cooperative looks after 140 hectares of apricots — mostly the honey-sweet Subhoni and the late-ripening Mirsanjali — along with kishmish vineyards and a small orchard of sour cherries.\n\n" +
        "Apricots are picked fully ripe in June and July and go to the drying yard the same day: halves for kuraga are laid on wooden trays in the sun, and whole kaisa apricots are pitted by hand through the stem end. Part of the harvest is given a light sulphur treatment for the bright orange colour many buyers expect; the sulphur-free lots are stored, packed and labelled separately.\n\n" +
        "Sorting and packing take place in the cooperative's own workshop in Fergana, registered with China's General Administration of Customs since 2021. From there the goods travel by lorry to the Tashkent export warehouse and reach customers in China by direct mail.",
      "zh-CN":
        "费尔干纳金谷始于2004年：费尔干纳盆地南缘、奥尔季阿里克区山麓的三户果农把各家果园合在了一起。如今合作社经营着140公顷杏园，以蜜甜的“苏布霍尼”和晚熟的“米尔桑贾利”为主，另有无核白葡萄园和一小片酸樱桃园。\n\n" +
        "杏子在六、七月树上熟透才采摘，当天就送进晾晒场：做杏干的对半切开，摊在木架上日晒；整颗的“凯萨”杏干则由人工从果蒂处把杏核顶出。部分杏干会经过轻度熏硫，保留许多顾客熟悉的鲜亮橙色；无硫批次单独存放、单独包装、单独标注。\n\n" +
        "分拣与包装都在合作社位于费尔干纳市的自有车间完成，该车间自2021年起在中国海关总署注册。货物由卡车运往塔什干出口仓，再以跨境直邮寄到中国顾客手中。",
      ru:
        "«Ферганская Золотая Долина» появилась в 2004 году, когда три семьи из предгорий Алтыарыкского района, на южной окраине Ферганской долины, объединили свои сады. Сегодня кооператив ухаживает за 140 гектарами абрикосов — в основном медовых «Субхони» и позднеспелых «Мирсанджали», — а также за виноградниками кишмиша и небольшим вишнёвым садом.\n\n" +
        "Абрикосы снимают полностью спелыми в июне–июле и в тот же день отправляют на сушильную площадку: половинки для кураги раскладывают на деревянных лотках под солнцем, а из целой кайсы косточку выдавливают вручную через плодоножку. Часть урожая проходит лёгкую обработку серой ради яркого оранжевого цвета; партии без серы хранятся, фасуются и маркируются отдельно.\n\n" +
        "Сортировка и упаковка — в собственном цехе кооператива в Фергане, зарегистрированном в Главном таможенном управлении КНР с 2021 года. Оттуда товар идёт грузовиком на экспортный склад в Ташкенте и прямой посылкой к покупателям в Китае.",
    },
    contact_email: "export@oltinvodiy.uz",
    contact_phone: "+998 73 244 18 62",
    website: "https://oltinvodiy.uz",
    gacc_registration_number: "CUZB0621040300117",
    verified: true,
    brand_color: "#E08A1E",
    admin: { email: "dilnoza.karimova@oltinvodiy.uz", first_name: "Dilnoza", last_name: "Karimova", locale: "ru" },
  },
  {
    handle: "zarafshan-orchards",
    name: {
      en: "Zarafshan Orchards",
      "zh-CN": "泽拉夫尚果园",
      ru: "Сады Зарафшана",
    },
    region: "samarkand",
    city: { en: "Samarkand", "zh-CN": "撒马尔罕", ru: "Самарканд" },
    founded_year: 1998,
    story: {
      en:
        "Zarafshan Orchards has dried fruit in Urgut district, south-east of Samarkand, since 1998 — though the Rahimov family who run it say their grandfathers were laying apricots out on the flat roofs long before that. The orchards lie where the Zarafshan valley meets the foothills, and the cool nights there give the small Kandak apricot its dense, almost candied sweetness.\n\n" +
        "The house speciality is the old Samarkand way of drying apricots whole: uryuk, dried with the stone still in, and ashtak, where the stone is pushed out and its sweet kernel slipped back inside by hand. Vineyards towards Kattakurgan supply Sabza and Husayne raisins, and the white mulberries come from old trees along the irrigation canals, first planted to feed silkworms.\n\n" +
        "Everything is dried in the sun, without sulphur. Packing takes place in Samarkand, in a HACCP-certified workshop registered with China's customs administration.",
      "zh-CN":
        "泽拉夫尚果园自1998年起在撒马尔罕东南的乌尔古特区晾晒果干——不过经营果园的拉希莫夫一家说，早在那之前，他们的祖父辈就在平屋顶上晒杏子了。果园位于泽拉夫尚河谷与山麓交界处，昼暖夜凉，让个头小小的“坎达克”杏积攒出浓稠、近乎蜜饯般的甜味。\n\n" +
        "果园的拿手好戏是撒马尔罕传统的整杏晒法：一种是带核整颗晒干的“乌柳克”；另一种叫“阿什塔克”，先把杏核顶出，再手工把核里的甜杏仁塞回杏肉中。卡塔库尔干方向的葡萄园出产“萨布扎”和“胡萨伊内”葡萄干；白桑葚则采自灌渠边的老桑树，这些树当年是为养蚕而种。\n\n" +
        "所有果干均为日晒、无硫。包装在撒马尔罕一间通过HACCP认证、并在中国海关注册的车间完成。",
      ru:
        "«Сады Зарафшана» сушат фрукты в Ургутском районе к юго-востоку от Самарканда с 1998 года — хотя семья Рахимовых, которая ведёт хозяйство, говорит, что их деды раскладывали абрикосы на плоских крышах задолго до этого. Сады лежат там, где долина Зарафшана встречается с предгорьями, и прохладные ночи дают маленькому абрикосу «Кандак» густую, почти цукатную сладость.\n\n" +
        "Фирменное дело хозяйства — старый самаркандский способ сушить абрикос целиком: урюк сушат с косточкой, а для аштака косточку выдавливают и вкладывают обратно вручную только сладкое ядрышко. Виноградники в сторону Каттакургана дают изюм «Сабза» и «Хусайне», а белую шелковицу собирают со старых деревьев вдоль арыков, посаженных когда-то для шелкопряда.\n\n" +
        "Всё сушится на солнце, без серы. Фасовка — в Самарканде, в цехе с сертификатом HACCP, зарегистрированном в таможенной службе КНР.",
    },
    contact_email: "sales@zarafshanbog.uz",
    contact_phone: "+998 66 233 47 10",
    website: "https://zarafshanbog.uz",
    gacc_registration_number: "CUZB0619112800034",
    verified: true,
    brand_color: "#1F6F8B",
    admin: { email: "bahodir.rahimov@zarafshanbog.uz", first_name: "Bahodir", last_name: "Rahimov", locale: "uz" },
  },
  {
    handle: "bukhara-olu",
    name: {
      en: "Bukhara Olu Prune House",
      "zh-CN": "布哈拉奥卢西梅坊",
      ru: "Бухарский дом чернослива «Олу»",
    },
    region: "bukhara",
    city: { en: "Gijduvan", "zh-CN": "吉日杜万", ru: "Гиждуван" },
    founded_year: 2011,
    story: {
      en:
        "Bukhara Olu — olu is Uzbek for plum — is a prune house in Gijduvan, a Bukhara district better known for its potters. It was founded in 2011 by Shahlo Nematova, an agronomist who replanted her family's orchard with the dark, oval Vengerka plums from which Bukhara prunes have always been made.\n\n" +
        "The plums are dried the Bukhara way: briefly blanched, then finished slowly over low heat in brick drying houses, which gives the prunes their deep colour and faint smoky note. Alongside them the house dries yellow alucha — tart cherry plums that Uzbek cooks add to soups and pilaf — and buys sun-dried Bedona raisins from neighbouring vineyards.\n\n" +
        "Every batch is sorted by hand in Gijduvan and packed in Bukhara, in a halal-certified workshop registered with China's General Administration of Customs.",
      "zh-CN":
        "“奥卢”在乌兹别克语里是李子的意思。这家西梅坊位于布哈拉州的吉日杜万——一个以陶器闻名的地方。2011年，农艺师沙赫洛·涅玛托娃创办了它，把自家果园改种成深紫、椭圆的“匈牙利李”，布哈拉西梅历来就是用这种李子做的。\n\n" +
        "李子按布哈拉老法子干制：先短暂烫漂，再放进砖砌烘房里用文火慢慢烘干，因此颜色乌亮，带一丝淡淡的烟熏香。西梅坊还晾晒黄色的“阿卢查”樱桃李——乌兹别克主妇煮汤、做抓饭时常放的酸果，并从邻近葡萄园收购日晒的“别多纳”葡萄干。\n\n" +
        "每一批果干都在吉日杜万人工挑拣，在布哈拉一间通过清真认证、并在中国海关总署注册的车间包装。",
      ru:
        "«Олу» по-узбекски — слива. Этот дом чернослива находится в Гиждуване, районе Бухары, который больше известен своими гончарами. Его основала в 2011 году агроном Шахло Нематова: она пересадила семейный сад тёмной овальной сливой «Венгерка», из которой всегда делали бухарский чернослив.\n\n" +
        "Сливу сушат по-бухарски: коротко бланшируют, а затем медленно досушивают на слабом огне в кирпичных сушильнях — отсюда глубокий цвет и лёгкая дымная нотка. Рядом сушится жёлтая алыча, кислая слива, которую узбекские хозяйки кладут в супы и плов, а солнечный изюм «Бедона» закупается у соседних виноградников.\n\n" +
        "Каждую партию перебирают вручную в Гиждуване и фасуют в Бухаре, в цехе с сертификатом халяль, зарегистрированном в Главном таможенном управлении КНР.",
    },
    contact_email: "info@bukharaolu.uz",
    contact_phone: "+998 65 572 30 44",
    gacc_registration_number: "CUZB0622052600208",
    verified: true,
    brand_color: "#4B2E39",
    admin: { email: "shahlo.nematova@bukharaolu.uz", first_name: "Shahlo", last_name: "Nematova", locale: "uz" },
  },
  {
    handle: "khiva-qovun",
    name: {
      en: "Khiva Qovun Melon Drying",
      "zh-CN": "希瓦甜瓜干坊",
      ru: "Хива Ковун",
    },
    region: "khorezm",
    city: { en: "Khiva", "zh-CN": "希瓦", ru: "Хива" },
    founded_year: 2017,
    story: {
      en:
        "Khiva Qovun (qovun is Uzbek for melon) was started in 2017 by a group of growers in Khazarasp district of Khorezm, the oasis on the lower Amu Darya where melons have been grown for more than a thousand years. Their pride is the Gulabi, a late, rose-scented melon that keeps for months — and which, cut into long strips, dried in the desert sun and plaited, becomes the winter sweet every Khorezm family knows.\n\n" +
        "The company also buys firm, honey-sweet melons from farmers in the Mirzachul steppe for its dried strips, candies the trimmings in a light syrup, and gathers jida — the floury, date-like fruit of the oleaster trees that line the oasis roads.\n\n" +
        "Khiva Qovun is a young company: its workshop is registered with Chinese customs and cleared for export, but the exhibition centre's verification of the business is still under way.",
      "zh-CN":
        "“阔翁”在乌兹别克语里就是甜瓜。希瓦甜瓜干坊由花剌子模州哈扎拉斯普区的几户瓜农于2017年创办，这片阿姆河下游的绿洲种甜瓜已有千余年历史。他们最引以为傲的是“古拉比”——一种晚熟、带玫瑰香、能存放数月的甜瓜；切成长条、在沙漠烈日下晒干后再编成辫子，就是花剌子模家家户户过冬必备的甜食。\n\n" +
        "瓜坊还从米尔扎乔尔草原的农户那里收购肉质紧实、蜜甜的甜瓜制作瓜条，把修下的边角用淡糖浆做成蜜饯，并采收绿洲道路两旁沙枣树结的果子——粉糯似枣的沙枣。\n\n" +
        "这是一家年轻的企业：车间已在中国海关注册，可以出口，但展销中心对企业本身的核验仍在进行中。",
      ru:
        "«Хива Ковун» («ковун» по-узбекски — дыня) основали в 2017 году несколько бахчеводов Хазараспского района Хорезма — оазиса в низовьях Амударьи, где дыни выращивают больше тысячи лет. Их гордость — «Гуляби», поздняя дыня с ароматом розы, которая хранится месяцами, а нарезанная длинными полосами, высушенная под пустынным солнцем и заплетённая в косу становится зимним лакомством каждой хорезмской семьи.\n\n" +
        "Кроме того, компания закупает плотные медовые дыни у фермеров Мирзачуля для сушёных ломтиков, варит из обрезков цукаты в лёгком сиропе и собирает джиду — мучнистые, похожие на финик плоды лоха, которым обсажены дороги оазиса.\n\n" +
        "«Хива Ковун» — молодая компания: её цех зарегистрирован в таможенной службе КНР и допущен к экспорту, но проверка самой компании выставочным центром ещё не завершена.",
    },
    contact_email: "qovun@khivaqovun.uz",
    contact_phone: "+998 62 375 21 09",
    gacc_registration_number: "CUZB0623081400361",
    verified: false,
    brand_color: "#D9A52B",
    admin: { email: "ulugbek.masharipov@khivaqovun.uz", first_name: "Ulugbek", last_name: "Masharipov", locale: "uz" },
  },
  {
    handle: "namangan-nut-orchards",
    name: {
      en: "Namangan Nut Orchards",
      "zh-CN": "纳曼干坚果园",
      ru: "Наманганские ореховые сады",
    },
    region: "namangan",
    city: { en: "Chust", "zh-CN": "楚斯特", ru: "Чуст" },
    founded_year: 2009,
    story: {
      en:
        "Namangan Nut Orchards manages walnut and almond groves in Chust district, in the north of the Fergana Valley, where the valley floor climbs towards the Chatkal range. The company grew out of a state nursery that had been propagating thin-shelled walnuts since the 1970s, and many of its trees are that nursery's own selections.\n\n" +
        "Walnuts are picked by hand in September, hulled, rinsed in plain water and dried in the shade, then cracked on site; the kernels are graded by colour into light halves and amber pieces. The company also grows paper-shell almonds and buys apricot stones from dried-fruit makers across the valley, roasting part of the kernels with salt the way every Uzbek bazaar sells them.\n\n" +
        "The processing plant in Chust is ISO 22000-certified and registered with China's customs administration; nuts leave through the Tashkent export warehouse.",
      "zh-CN":
        "纳曼干坚果园在费尔干纳盆地北部的楚斯特区经营核桃林和巴旦木园，那里的谷地一路向恰特卡尔山脉抬升。公司的前身是一家国营苗圃，自上世纪七十年代起就在培育薄壳核桃，园里的许多树正是当年苗圃自己选育的品种。\n\n" +
        "核桃在九月人工采收，去青皮后只用清水冲洗、阴干，再在园内破壳；核桃仁按色泽分级为浅色半仁和琥珀色碎仁。公司还种植纸皮巴旦木，并从盆地各地的杏干作坊收购杏核，其中一部分杏仁像乌兹别克每个巴扎上卖的那样用盐烘炒。\n\n" +
        "楚斯特的加工厂通过ISO 22000认证，并在中国海关注册；坚果经塔什干出口仓发出。",
      ru:
        "«Наманганские ореховые сады» ведут ореховые и миндальные рощи в Чустском районе на севере Ферганской долины, там, где дно долины поднимается к Чаткальскому хребту. Компания выросла из государственного питомника, который размножал тонкоскорлупный грецкий орех с 1970-х годов, и многие её деревья — собственные отборы питомника.\n\n" +
        "Орехи собирают вручную в сентябре, очищают от зелёной кожуры, промывают чистой водой, сушат в тени и колют на месте; ядра сортируют по цвету на светлые половинки и янтарную четвертинку. Компания выращивает и миндаль «кагози» с бумажной скорлупой, а абрикосовые косточки закупает у сушильщиков по всей долине и часть ядер обжаривает с солью, как на любом узбекском базаре.\n\n" +
        "Перерабатывающий завод в Чусте сертифицирован по ISO 22000 и зарегистрирован в таможенной службе КНР; орехи отправляются через экспортный склад в Ташкенте.",
    },
    contact_email: "trade@namangannut.uz",
    contact_phone: "+998 69 227 55 13",
    website: "https://namangannut.uz",
    gacc_registration_number: "CUZB0620070900089",
    verified: true,
    brand_color: "#7A5230",
    admin: { email: "jasur.qodirov@namangannut.uz", first_name: "Jasur", last_name: "Qodirov", locale: "ru" },
  },
  {
    handle: "babatag-wild-harvest",
    name: {
      en: "Babatag Wild Harvest",
      "zh-CN": "巴巴塔格山野物产",
      ru: "Дары Бабатага",
    },
    region: "surxondaryo",
    city: { en: "Denov", "zh-CN": "杰瑙", ru: "Денау" },
    founded_year: 2019,
    story: {
      en:
        "Babatag Wild Harvest gathers wild pistachios on the Babatag ridge, the dry mountain chain along Uzbekistan's border with Tajikistan, where old pistachio woodland still covers the slopes. Families from the villages below have harvested these trees for generations; the company, founded in Denov in 2019, buys from about sixty of them under an agreement with the local forestry office.\n\n" +
        "Wild pistachios are smaller than orchard ones, with a deeper green kernel and a resinous, almost pine-like flavour. The company sells them raw, roasted with Boysun rock salt, or shelled. From the warm Denov and Sherobod valleys it also dries figs and roasts almonds.\n\n" +
        "Babatag's workshop is registered with Chinese customs, but the company is new to the shop and the exhibition centre's verification visit is planned for the coming season.",
      "zh-CN":
        "巴巴塔格山野物产在巴巴塔格山采收野生开心果。这道干旱的山脉沿乌兹别克斯坦与塔吉克斯坦边境延伸，山坡上至今覆盖着古老的开心果林。山下村子里的人家世代在这里采果；公司2019年成立于杰瑙，与当地林业部门签订协议，向约六十户人家收购。\n\n" +
        "野生开心果比园植的个头小，果仁绿得更深，带着树脂般、近乎松香的味道。公司出售生果、用拜松岩盐烘烤的盐焗果和去壳果仁。此外，还在气候温暖的杰瑙和舍罗巴德谷地晾晒无花果、烘烤巴旦木。\n\n" +
        "巴巴塔格的车间已在中国海关注册，但公司刚入驻本店，展销中心的实地核验安排在下一季进行。",
      ru:
        "«Дары Бабатага» собирают дикую фисташку на хребте Бабатаг — сухой горной гряде вдоль границы Узбекистана с Таджикистаном, где склоны до сих пор покрыты старыми фисташковыми редколесьями. Семьи из нижних кишлаков собирают эти деревья поколениями; компания, основанная в Денау в 2019 году, закупает урожай примерно у шестидесяти из них по договору с местным лесхозом.\n\n" +
        "Дикая фисташка мельче садовой, ядро у неё зеленее, а вкус смолистый, почти хвойный. Компания продаёт её сырой, обжаренной с байсунской каменной солью и очищенной. В тёплых долинах Денау и Шерабада она также сушит инжир и обжаривает миндаль.\n\n" +
        "Цех компании зарегистрирован в таможенной службе КНР, но в магазине она новичок, и проверочный визит выставочного центра запланирован на следующий сезон.",
    },
    contact_email: "info@babatag.uz",
    contact_phone: "+998 76 413 62 08",
    gacc_registration_number: "CUZB0624031900412",
    verified: false,
    brand_color: "#7E9A3C",
    admin: { email: "sardor.togayev@babatag.uz", first_name: "Sardor", last_name: "Togayev", locale: "uz" },
  },
  {
    handle: "zaamin-mountain-apiaries",
    name: {
      en: "Zaamin Mountain Apiaries",
      "zh-CN": "扎阿明山地蜂场",
      ru: "Заминские горные пасеки",
    },
    region: "jizzakh",
    city: { en: "Zaamin", "zh-CN": "扎阿明", ru: "Заамин" },
    founded_year: 2002,
    story: {
      en:
        "Zaamin Mountain Apiaries keeps about 900 hives and moves them with the flowers, as Uzbek beekeepers always have. The season opens in the lowlands of Jizzakh with white acacia; in June the hives climb to the juniper meadows around Zaamin National Park, a few lorries go on to the Chimgan mountains above Tashkent, and in high summer part of the apiary returns to the cotton fields of the Mirzachul steppe.\n\n" +
        "Each harvest is extracted and jarred on its own, so every jar tastes of one place and one season: clear acacia, pale sainfoin and quick-setting cotton honey, and the dark, layered honey of the mountain meadows. The honey is never heated above 40 °C and never blended with honey from elsewhere.\n\n" +
        "The apiary was founded in 2002 by the Ergashev family. Its packing room in Zaamin is HACCP-certified and registered with China's General Administration of Customs.",
      "zh-CN":
        "扎阿明山地蜂场养着约900箱蜜蜂，像乌兹别克的养蜂人世代所做的那样，追着花期转场。每年从吉扎克低地的洋槐花开始；六月蜂箱上山，进入扎阿明国家公园周边的刺柏草甸，还有几车继续前往塔什干上方的奇姆甘山；盛夏时节，一部分蜂群再回到米尔扎乔尔草原的棉田。\n\n" +
        "每一茬花期的蜜都单独摇取、单独装瓶，让每一瓶都只有一个地方、一个季节的味道：清透的洋槐蜜，洁白的红豆草蜜和结晶快的棉花蜜，还有山地草甸那深色、层次丰富的百花蜜。蜂蜜加工温度从不超过40 °C，也从不掺入外地蜂蜜。\n\n" +
        "蜂场由埃尔加舍夫一家于2002年创办，位于扎阿明的灌装间通过HACCP认证，并在中国海关总署注册。",
      ru:
        "«Заминские горные пасеки» держат около 900 ульев и, как испокон веку делают узбекские пчеловоды, кочуют вслед за цветением. Сезон открывается в низинах Джизака белой акацией; в июне ульи поднимаются на арчовые луга вокруг Заминского национального парка, несколько машин едут дальше, в Чимганские горы над Ташкентом, а в разгар лета часть пасеки возвращается к хлопковым полям Мирзачуля.\n\n" +
        "Мёд каждого взятка откачивают и разливают отдельно, чтобы в каждой банке был вкус одного места и одного сезона: прозрачный акациевый, светлый эспарцетовый, быстро садящийся хлопковый и тёмный многослойный мёд горных лугов. Мёд никогда не нагревают выше 40 °C и не смешивают с привозным.\n\n" +
        "Пасеку основала в 2002 году семья Эргашевых. Фасовочный цех в Заамине сертифицирован по HACCP и зарегистрирован в Главном таможенном управлении КНР.",
    },
    contact_email: "asal@zominasal.uz",
    contact_phone: "+998 72 226 40 91",
    website: "https://zominasal.uz",
    gacc_registration_number: "CUZB0621021600153",
    verified: true,
    brand_color: "#C8871C",
    admin: { email: "nodira.ergasheva@zominasal.uz", first_name: "Nodira", last_name: "Ergasheva", locale: "ru" },
  },
  {
    handle: "shahrisabz-dairy",
    name: {
      en: "Shahrisabz Dairy",
      "zh-CN": "沙赫里萨布兹乳品坊",
      ru: "Шахрисабзская молочня",
    },
    region: "qashqadarya",
    city: { en: "Shahrisabz", "zh-CN": "沙赫里萨布兹", ru: "Шахрисабз" },
    founded_year: 2013,
    story: {
      en:
        "Shahrisabz Dairy buys milk from about 120 smallholders in the foothills around Shahrisabz in Qashqadarya, where cows and fat-tailed sheep graze the spring pastures of the Hisor range. It was founded in 2013 to turn that milk into the dairy foods southern Uzbekistan lives on: qurt, suzma and sariyog', the golden clarified butter.\n\n" +
        "Qurt is still made the old way. Milk is soured into katiq, strained in cloth bags into thick suzma, salted, rolled into balls by hand and dried on reed mats in the shade for up to two weeks. Some batches are smoked over apricot wood, others are rolled with red pepper.\n\n" +
        "Uzbek dairy products cannot yet be sold to China by cross-border direct mail. Shahrisabz ships to Guangzhou through general trade; each lot is inspected and cleared there and sold only from the exhibition centre's own stock.",
      "zh-CN":
        "沙赫里萨布兹乳品坊向卡什卡达里亚州沙赫里萨布兹周边山麓约120户小农收购鲜奶，那里的奶牛和大尾羊在希萨尔山的春季牧场上吃草。乳品坊创办于2013年，把这些鲜奶做成乌兹别克南部人离不开的乳制品：奶疙瘩（库尔特）、苏兹玛浓缩酸奶，以及金黄的酥油“萨里约格”。\n\n" +
        "奶疙瘩至今仍按老法子制作：鲜奶发酵成酸奶“卡提克”，装进布袋滤成浓稠的苏兹玛，加盐后用手搓成小球，放在芦苇席上阴干，最长需要两周。有的批次用杏木烟熏，有的裹上红辣椒。\n\n" +
        "乌兹别克乳制品目前尚不能以跨境直邮方式进入中国。乳品坊以一般贸易方式将货物运抵广州，每批产品在广州报检清关后，只从展销中心自有库存发货。",
      ru:
        "«Шахрисабзская молочня» закупает молоко примерно у 120 мелких хозяйств в предгорьях вокруг Шахрисабза в Кашкадарье, где коровы и курдючные овцы пасутся на весенних пастбищах Гиссарского хребта. Её основали в 2013 году, чтобы делать из этого молока то, без чего не живёт юг Узбекистана: курт, сузьму и сарёг — золотистое топлёное масло.\n\n" +
        "Курт по-прежнему делают по старинке: молоко сквашивают в катык, откидывают в холщовых мешках до густой сузьмы, солят, вручную скатывают шарики и до двух недель сушат в тени на камышовых циновках. Часть партий коптят на абрикосовых дровах, часть обкатывают в красном перце.\n\n" +
        "Узбекские молочные продукты пока нельзя продавать в Китай прямыми посылками. Молочня отправляет товар в Гуанчжоу в рамках обычной торговли; каждая партия проходит там досмотр и растаможку и продаётся только со склада выставочного центра.",
    },
    contact_email: "sut@shahrisabzsut.uz",
    contact_phone: "+998 75 522 18 34",
    gacc_registration_number: "CUZB0622110100276",
    verified: true,
    brand_color: "#3E7CB1",
    admin: { email: "feruza.kholmatova@shahrisabzsut.uz", first_name: "Feruza", last_name: "Kholmatova", locale: "uz" },
  },
  {
    handle: "andijan-charm",
    name: {
      en: "Andijan Charm Footwear",
      "zh-CN": "安集延皮艺鞋业",
      ru: "Андижан Чарм",
    },
    region: "andijan",
    city: { en: "Andijan", "zh-CN": "安集延", ru: "Андижан" },
    founded_year: 2016,
    story: {
      en:
        "Andijan Charm — charm is Uzbek for leather — makes men's and women's shoes in a factory on the edge of Andijan, part of the leather-and-footwear cluster the region has built up since 2017. It was founded in 2016 by Akmal Tursunov, who learned the trade at a Soviet-era shoe factory, and now employs around 180 people, most of them women from the surrounding mahallas.\n\n" +
        "Uppers are cut from full-grain Uzbek cattle hide tanned in the Fergana Valley. Shoes are lasted, then cemented or stitched to rubber soles on the factory's Italian-built lines, and finished and polished by hand. The lasts are cut a little wider than European ones, which Chinese customers tell them they appreciate.\n\n" +
        "Most pairs ship from the Tashkent export warehouse; a selection of the popular styles and sizes is kept at the Guangzhou exhibition centre for fitting and fast delivery.",
      "zh-CN":
        "乌兹别克语里，“恰尔姆”就是皮革。安集延皮艺鞋业在安集延市郊设厂，生产男鞋和女鞋，是当地自2017年起发展的皮革鞋业产业集群的一员。工厂由阿克马尔·图尔苏诺夫于2016年创办，他当年在一家苏联时期的鞋厂学的手艺；如今工厂有约180名员工，大多是附近街区的女工。\n\n" +
        "鞋面选用费尔干纳盆地鞣制的乌兹别克头层牛皮。鞋子上楦后，在意大利制造的生产线上与橡胶底胶粘或缝合，再由人工修整、擦色上光。鞋楦比欧洲版型略宽，中国顾客反馈说穿着更舒服。\n\n" +
        "大多数鞋款从塔什干出口仓直邮发货；部分热门款式和尺码备货在广州展销中心，可到店试穿，发货也更快。",
      ru:
        "«Андижан Чарм» («чарм» по-узбекски — кожа) шьёт мужскую и женскую обувь на фабрике на окраине Андижана, входящей в кожевенно-обувной кластер, который регион развивает с 2017 года. Фабрику основал в 2016 году Акмал Турсунов, учившийся ремеслу на обувной фабрике ещё советских времён; сегодня на ней работают около 180 человек, в основном женщины из окрестных махаллей.\n\n" +
        "Верх кроят из узбекской коровьей кожи с естественной лицевой поверхностью, выделанной в Ферганской долине. Обувь затягивают на колодки, крепят клеевым или прошивным методом к резиновой подошве на итальянских линиях и вручную доводят и полируют. Колодки чуть шире европейских — китайские покупатели говорят, что это удобно.\n\n" +
        "Большая часть пар отправляется с экспортного склада в Ташкенте; ходовые модели и размеры есть на складе выставочного центра в Гуанчжоу для примерки и быстрой доставки.",
    },
    contact_email: "export@andijancharm.uz",
    contact_phone: "+998 74 223 90 15",
    website: "https://andijancharm.uz",
    verified: true,
    brand_color: "#5A3A22",
    admin: { email: "akmal.tursunov@andijancharm.uz", first_name: "Akmal", last_name: "Tursunov", locale: "uz" },
  },
  {
    handle: "ohangaron-leather-works",
    name: {
      en: "Ohangaron Leather Works",
      "zh-CN": "阿汉加兰皮具工坊",
      ru: "Ахангаранская кожевенная мастерская",
    },
    region: "tashkent",
    city: { en: "Ohangaron", "zh-CN": "阿汉加兰", ru: "Ахангаран" },
    founded_year: 2018,
    story: {
      en:
        "Ohangaron Leather Works is a tannery and workshop in Ohangaron, an industrial town in the Tashkent region on the road to the Fergana Valley. It opened in 2018 as part of the Ohangaron leather project, which brought tanning back to a town that had not processed its own hides for decades.\n\n" +
        "Hides from Tashkent-region cattle are tanned on site, both with vegetable extracts and with chrome, and the tannery is audited by the Leather Working Group. In the workshop next door twenty-four cutters and stitchers make bags, belts and small leather goods: edges bevelled, painted and burnished by hand, linings of cotton canvas woven in Margilan.\n\n" +
        "The collection is made in small runs. Finished pieces go to the Tashkent export warehouse and are sent from there by direct mail to customers in China.",
      "zh-CN":
        "阿汉加兰皮具工坊是一家集制革与手工于一体的作坊，位于塔什干州通往费尔干纳盆地路上的工业小城阿汉加兰。工坊于2018年作为阿汉加兰皮革项目的一部分开业，让这座几十年没有自己鞣皮的小城重新做起了皮革。\n\n" +
        "原皮来自塔什干州本地的牛，在工坊内采用植鞣和铬鞣两种工艺鞣制，制革厂通过皮革工作组（LWG）审核。隔壁车间里，二十四位裁皮和缝制师傅制作包袋、皮带和小皮件：皮边手工削边、封边、打磨，内衬用的是马尔吉兰织造的棉帆布。\n\n" +
        "产品小批量制作，成品送往塔什干出口仓，再以跨境直邮寄给中国顾客。",
      ru:
        "«Ахангаранская кожевенная мастерская» — кожевенный завод и мастерская в Ахангаране, промышленном городе Ташкентской области на дороге в Ферганскую долину. Она открылась в 2018 году в рамках ахангаранского кожевенного проекта, который вернул выделку кож в город, десятилетиями не перерабатывавший собственное сырьё.\n\n" +
        "Шкуры скота из Ташкентской области дубят на месте — растительными экстрактами и хромом; завод проходит аудит Leather Working Group. В соседней мастерской двадцать четыре закройщика и швеи делают сумки, ремни и мелкую галантерею: края вручную снимаются, окрашиваются и полируются, подкладка — из хлопковой парусины маргиланского ткачества.\n\n" +
        "Изделия выпускаются небольшими партиями. Готовые вещи поступают на экспортный склад в Ташкенте и оттуда прямой посылкой уходят к покупателям в Китае.",
    },
    contact_email: "workshop@ohangaronleather.uz",
    contact_phone: "+998 70 614 27 53",
    website: "https://ohangaronleather.uz",
    verified: true,
    brand_color: "#8B4513",
    admin: { email: "madina.azimova@ohangaronleather.uz", first_name: "Madina", last_name: "Azimova", locale: "en" },
  },
]
