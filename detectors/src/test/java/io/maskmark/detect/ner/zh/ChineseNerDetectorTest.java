package io.maskmark.detect.ner.zh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.maskmark.detect.Detector;
import io.maskmark.detect.Detectors;
import io.maskmark.detect.EntityType;
import io.maskmark.detect.Language;
import io.maskmark.detect.NormalizedText;
import io.maskmark.detect.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ChineseNerDetectorTest {

  private static final Detector ZH = Detectors.create("zh-ner", Map.of());

  private static List<Span> spans(String text) {
    return ZH.detect(NormalizedText.of(text), Language.detect(text));
  }

  /** "TYPE:text" of every span, in text order. */
  private static List<String> found(String text) {
    return spans(text).stream()
        .sorted((a, b) -> Integer.compare(a.start(), b.start()))
        .map(s -> s.type() + ":" + text.substring(s.start(), s.end()))
        .collect(Collectors.toList());
  }

  private static void assertFinds(String text, String expected) {
    List<String> f = found(text);
    assertTrue(f.contains(expected), () -> "expected " + expected + " in " + f);
  }

  @Test
  void commonNames() {
    assertFinds("张三的手机号是13812345678", "PERSON:张三");
    assertFinds("昨天李明和王芳一起去了医院。", "PERSON:王芳");
  }

  @Test
  void compoundSurnames() {
    assertFinds("欧阳娜娜和司马光在上海", "PERSON:欧阳娜娜");
    assertFinds("欧阳娜娜和司马光在上海", "PERSON:司马光");
    assertFinds("这件事是诸葛明负责的", "PERSON:诸葛明");
  }

  @Test
  void surnameWithTitleIsTheSurname() {
    List<String> f = found("王总和李老师以及张经理都来了。");
    assertTrue(f.contains("PERSON:王"), f::toString);
    assertTrue(f.contains("PERSON:李"), f::toString);
    assertTrue(f.contains("PERSON:张"), f::toString);
    assertFalse(f.stream().anyMatch(s -> s.contains("经理") || s.contains("老师")), f::toString);
  }

  @Test
  void nameAfterATitle() {
    assertFinds("法国总理若斯潘在记者招待会上发言", "PERSON:若斯潘");
    assertFinds("致公党中央主席罗豪才主持会议", "PERSON:罗豪才");
  }

  @Test
  void transliteratedNamesTheSegmenterCutIntoPieces() {
    // the HMM reads 克/洛/普/曼 one by one and 姆/隆/贝叶 as pieces; the characters say foreign name
    assertEquals(List.of("PERSON:克洛普曼"), found("由克洛普曼在禁区内射门得分。"));
    List<String> f = found("副部长姆隆贝叶、司令西姆瓦尼出席。");
    assertTrue(f.contains("PERSON:姆隆贝叶") && f.contains("PERSON:西姆瓦尼"), f::toString);
    assertEquals("transliterated", spans("由克洛普曼在禁区内射门得分。").get(0).why().rule());
  }

  @Test
  void transliterationCharactersAfterAPlaceWordAreNoPerson() {
    // (HanLP's own HMM may still tag a fragment: this rule must not add the whole word)
    assertFalse(spans("我们在克洛普曼住了三天。").stream().anyMatch(s -> s.why().rule().equals("transliterated")),
        () -> found("我们在克洛普曼住了三天。").toString());
    assertTrue(spans("我们和克洛普曼说了三天。").stream().anyMatch(s -> s.why().rule().equals("transliterated")),
        () -> found("我们和克洛普曼说了三天。").toString());
    assertFalse(found("这里展出了许多克洛普曼的作品。").contains("PERSON:许多克洛普曼"));
  }

  @Test
  void itemsBetweenNamesInAListAreNames() {
    List<String> f = found("委员：王建国 刘晓梅 孙丽华 周志强 赵德胜");
    assertEquals(List.of("PERSON:王建国", "PERSON:刘晓梅", "PERSON:孙丽华", "PERSON:周志强", "PERSON:赵德胜"), f);
    // a verb between two names is no list item
    assertFalse(found("刘强曾找陈静谈话。").contains("PERSON:曾找"));
  }

  @Test
  void aNameTheSegmenterCutBeforeItsLastCharacterIsWhole() {
    // HanLP reads 王和/nr 生/v 说: judged alone, 王和 ends in a function character and was dropped
    assertEquals(List.of("PERSON:王和生"), found("王和生说，今年的收成很好。"));
    // a true phrase ending in a function character is still no name
    assertFalse(found("今年的收成很好，大家都和他说了。").stream().anyMatch(s -> s.startsWith("PERSON:")),
        () -> found("今年的收成很好，大家都和他说了。").toString());
  }

  @Test
  void fullWidthPunctuationFoldedForMatchingIsFullWidthAgainForTheSegmenter() {
    // normalisation folds ， to , and after an ASCII comma HanLP reads 陈桂英所/nt, an organisation
    assertEquals(List.of("PERSON:陈桂英"), found("我们听说，陈桂英所做的工作很多。"));
    assertEquals(List.of("PERSON:陈桂英"), found("我们听说,陈桂英所做的工作很多。"));
  }

  @Test
  void aNameEndingInAFunctionCharacterIsANameWhenAVerbFollows() {
    // 之 is mostly a function word, but ends many given names; 孙敬之/nr 指出 cannot read as "of"
    assertEquals(List.of("PERSON:孙敬之"), found("孙敬之指出，这个问题要解决。"));
    assertEquals(List.of("PERSON:郑伯之"), found("会上，郑伯之表示同意。"));
  }

  @Test
  void formsOfAddressAndPlaceholdersAroundASurnameAreNotPartOfTheName() {
    assertEquals(List.of("PERSON:钱", "PERSON:钱"), found("老钱的儿子考上了大学，老钱很高兴。"));
    assertEquals(List.of("PERSON:谢"), found("谢老说，这些画都是年轻时画的。"));
    assertEquals(List.of("PERSON:孙"), found("同村的孙某叫来了几个人。"));
    assertEquals(List.of("PERSON:陈"), found("被告人陈某某于当晚离开。"));
    // HanLP keeps 小李 and 老张 as one nz word; 小童 (a child) stays a word
    assertEquals(List.of("PERSON:李"), found("小李的女儿要考大学了。"));
    assertEquals(List.of("PERSON:张"), found("老张说，今年的收成不错。"));
    assertEquals(List.of(), found("一是小童，二是家长。"));
  }

  @Test
  void aSurnameTheSegmenterLeftStrandedTakesADictionaryWordAsItsGivenName() {
    // 邹/nz 小平/n: a lone surname tagged as an odd proper noun, then a word that is also a name
    assertEquals(List.of("PERSON:邹小平"), found("邹小平急忙跑过去开门。"));
    assertEquals(List.of(), found("大家都说四季开花的树很少见。"));
  }

  @Test
  void japaneseNamesAfterATitleAreReadOnCharacters() {
    // 山本/nr 太郎/nz 在, 小林秀/nr 树说/nr: HanLP cuts the names anywhere, even gluing the verb on
    assertFinds("外务大臣山本太郎在会上表示，日本愿意合作。", "PERSON:山本太郎");
    assertFinds("该校校长小林秀树说，学校将扩大招生。", "PERSON:小林秀树");
    // a Japanese name HanLP's dictionary knows as one word (田中角荣/nrj)
    assertFinds("日本首相田中角荣今天在东京说，两国关系很重要。", "PERSON:田中角荣");
    // a surname from the Japanese list that is a Chinese word, or a Chinese name, is left alone
    assertEquals(List.of(), found("主任根本没有说明原因。"));
    assertEquals(List.of("PERSON:江泽民"), found("国家主席江泽民圆满结束了访问。"));
  }

  @Test
  void aGivenNameAloneBeforeComradeIsAName() {
    assertEquals(List.of("PERSON:恩来"), found("敬爱的恩来同志永远活在我们心中。"));
    assertEquals(List.of(), found("全党同志要认真学习。"));
    assertEquals(List.of(), found("广大党员同志要认真学习。"));
    assertEquals(List.of(), found("各位老同志都来了。"));
  }

  @Test
  void oneCharacterCountriesInRowsAndAfterDirectionVerbsArePlaces() {
    // 访华/vi and 抵京/v are dictionary verbs; 华 and 京 make no ordinary verb after a direction
    assertEquals(List.of("LOCATION:华", "LOCATION:华"), found("总统将于下月访华，这是他第二次来华访问。"));
    assertEquals(List.of("LOCATION:京", "LOCATION:京"), found("代表团昨天抵京，前天离京的客人已经回国。"));
    // 中/f 俄/b and 美/b 日/b: countries the segmenter left one by one
    assertEquals(List.of("LOCATION:中美", "LOCATION:中", "LOCATION:俄"), found("双方积极评价中美关系和中俄战略协作。"));
    assertFinds("日俄首脑会谈已经结束，美日之间分歧很大。", "LOCATION:美");
    // a country's state, army or leaders: 俄总统/nz, 俄/b 国内, 美军; but 新政府 is a new government
    assertEquals(List.of("LOCATION:俄", "LOCATION:俄"), found("因为俄总统与议会的矛盾，俄国内政局动荡。"));
    assertEquals(List.of("LOCATION:美"), found("美军昨天撤出了该地区。"));
    assertEquals(List.of(), found("新政府成立后不久就开始改革。"));
    // people and capital from a place: 台胞, 台资, 华人; but 美人 and 法人 are words
    assertEquals(List.of("LOCATION:台"), found("台胞回乡探亲的人数增加。"));
    assertEquals(List.of("LOCATION:台"), found("这家台资企业发展很快。"));
    assertEquals(List.of(), found("美人鱼的故事很有名，法人代表已经签字。"));
    // 海峡/n 两岸/n: a region word cut in two
    assertEquals(List.of("LOCATION:海峡两岸"), found("促进海峡两岸的经济交流与合作。"));
    // 新中国/nz: new + a known place
    assertEquals(List.of("LOCATION:中国"), found("庆祝新中国成立五十周年。"));
    // a preposition or an adjective is no country: 中/f 以/p, 新/a 老/a
    assertEquals(List.of(), found("他在决赛中以2∶0获胜。"));
    assertEquals(List.of(), found("企业新老职工都能得到安置。"));
  }

  @Test
  void aTitleBeforeVouchesForTheNameAfterIt() {
    // 之 ends phrases too, but right after a title it ends the name
    assertEquals(List.of("PERSON:钱育之"), found("公司副经理钱育之在大会上发言。"));
    // 高云/n is a dictionary noun; after a title it starts a name
    assertEquals(List.of("PERSON:高云山"), found("对此，研究所所长高云山说：“我们不会放弃。”"));
  }

  @Test
  void aRareSurnameTheTaggerProposedTakesItsThirdCharacter() {
    // 果建/nr 萍/nz 说: 果 is no common surname, but HanLP's role counts have seen it as one
    assertEquals(List.of("PERSON:果建萍"), found("果建萍说，今年的收成很好。"));
  }

  @Test
  void aNameBeforeTheNextNameOfAListTakesItsThirdCharacter() {
    // 唐秀/nr 萍/nz 孙建国/nr: names written one after another, as in lists of members
    assertEquals(List.of("PERSON:唐秀萍", "PERSON:孙建国", "PERSON:周立波"), found("主席团成员：唐秀萍孙建国周立波"));
    assertEquals(List.of("PERSON:许国尧", "PERSON:钱学明"), found("代表：许国尧钱学明"));
  }

  @Test
  void aNameAfterATitleEndsWhereTheSegmenterEndedIt() {
    assertEquals(List.of("PERSON:李翔"), found("本报记者李翔摄"));
  }

  @Test
  void organisationSuffixes() {
    assertFinds("他在中国工商银行工作", "ORGANIZATION:中国工商银行");
    assertFinds("江主席在哈佛大学发表演讲", "ORGANIZATION:哈佛大学");
    assertFinds("她毕业后进了深圳市腾讯计算机系统有限公司", "ORGANIZATION:深圳市腾讯计算机系统有限公司");
  }

  @Test
  void buildingsArePlacesAndAcronymOrganisationsAreOrganisations() {
    assertFinds("代表们在人民大会堂出席了开幕式", "LOCATION:人民大会堂");
    assertFinds("东盟各国外长在吉隆坡举行会议", "ORGANIZATION:东盟");
  }

  @Test
  void placeInsideAnOrganisationIsPartOfIt() {
    List<String> f = found("中国致公党第十一次全国代表大会隆重召开");
    assertFalse(f.contains("LOCATION:中国"), f::toString);
    assertTrue(f.stream().anyMatch(s -> s.startsWith("ORGANIZATION:中国致公党")), f::toString);
  }

  @Test
  void aPlaceBeforeACollectiveNounIsThePlace() {
    // 德国企业/nt, 美国/nsf 公司/nis: German firms and American companies, not names; 哈佛大学 is one
    List<String> f = found("德国企业和法国公司都来了，哈佛大学也派了人。");
    assertEquals(List.of("LOCATION:德国", "LOCATION:法国", "ORGANIZATION:哈佛大学"), f);
    assertEquals(List.of("LOCATION:美国"), found("这些美国公司的产品很受欢迎。"));
  }

  @Test
  void addressIsOneSpan() {
    String text = "请寄到北京市海淀区中关村大街1号，谢谢";
    assertEquals(List.of("ADDRESS:北京市海淀区中关村大街1号"), found(text));
    assertEquals(List.of("ADDRESS:广东省深圳市南山区深南大道9988号3栋2单元501室"),
        found("广东省深圳市南山区深南大道9988号3栋2单元501室"));
    assertFinds("他家住浙江省杭州市西湖区文三路478号", "ADDRESS:浙江省杭州市西湖区文三路478号");
  }

  @Test
  void divisionsWithoutAStreetArePlaces() {
    List<String> f = found("他去年去了北京市海淀区。");
    assertFalse(f.stream().anyMatch(s -> s.startsWith("ADDRESS")), f::toString);
    assertTrue(f.stream().anyMatch(s -> s.startsWith("LOCATION:北京")), f::toString);
  }

  @Test
  void wordsThatMerelyEndInAUnitAreNoAddress() {
    List<String> f = found("美国总统道歉后，他沿着北京铁路走了很久");
    assertFalse(f.stream().anyMatch(s -> s.startsWith("ADDRESS")), f::toString);
  }

  @Test
  void placesTheRoleTaggerTakesForPeopleOrCutsShort() {
    // listed places that begin with a numeral; a count (两国) is still no place
    List<String> f = found("他下个月要去四川和十堰出差，两国代表团也会到。");
    assertTrue(f.containsAll(List.of("LOCATION:四川", "LOCATION:十堰")), f::toString);
    assertFalse(f.contains("LOCATION:两国"), f::toString);
    // 印巴/nr: two one-character countries read as surname + given name
    assertEquals(List.of("LOCATION:印巴"), found("会议期间，印巴两国外长见了面。"));
    // a name followed by a unit word (卡拉邦/nrf 县/n), a name ending in one (乌托县/nr, 陈卜村/nr)
    assertEquals(List.of("LOCATION:卡拉邦县", "LOCATION:杜伯里县"), found("汽车开进了卡拉邦县境内，杜伯里县的小学开学了。"));
    assertEquals(List.of("LOCATION:陈卜村"), found("这位老人住在陈卜村附近。"));
    // the place begins a word too late: 马蒂/nr 尼县/ns, 吕/nz 家庄乡/ns, 阿克/nrf 莱县/ns
    assertEquals(List.of("LOCATION:马蒂尼县", "LOCATION:乌托县"), found("他们去了马蒂尼县和乌托县。"));
    assertEquals(List.of("LOCATION:吕家庄乡"), found("去年春天他回到了吕家庄乡。"));
    assertEquals(List.of("LOCATION:阿克莱县"), found("他在阿克莱县工作了十年。"));
    // a landform or thoroughfare after a name: 威尔逊/nrf 岛/n, 斯塔/nr 福德/nrf 河/n, 克拉克/nrf 大街/n
    assertEquals(List.of("LOCATION:威尔逊岛"), found("探险队登上了威尔逊岛。"));
    assertEquals(List.of("LOCATION:斯塔福德河"), found("他沿着斯塔福德河走了一天。"));
    assertEquals(List.of("LOCATION:克拉克大街"), found("她住在克拉克大街附近。"));
    assertEquals(List.of("PERSON:李明"), found("李明江边散步。"));
    // a unit inside a word (村长) is no unit; a common word before a listed district stays out
    assertEquals(List.of("PERSON:王建", "LOCATION:朝阳区"), found("王建村长说今年收成不错，城市朝阳区很好。"));
  }

  @Test
  void placeAbbreviations() {
    assertFinds("中美两国元首举行会谈", "LOCATION:中美");
    assertFinds("美国驻华大使出席了晚宴", "LOCATION:华");
    assertFinds("中方对此表示欢迎", "LOCATION:中");
  }

  @Test
  void mixedTextFindsTheHanNameAndLeavesLatinRunsAlone() {
    String text = "Contact 王小明 at Acme Corp";
    List<Span> s = spans(text);
    assertEquals(List.of("PERSON:王小明"), found(text));
    for (Span span : s) {
      for (int i = span.start(); i < span.end(); i++) {
        assertFalse(Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.LATIN,
            "span over a Latin letter: " + span);
      }
    }
  }

  @Test
  void nothingInLatinText() {
    assertEquals(List.of(), found("Contact John Smith at 10 Downing Street, London"));
    assertEquals(List.of(), found(""));
  }

  @Test
  void spansAreDisjointAndTyped() {
    String text = "江泽民主席在美国哈佛大学发表演讲，外交部长钱其琛陪同，地址是北京市朝阳区建国路88号。";
    List<Span> s = spans(text);
    for (int i = 0; i < s.size(); i++) {
      assertTrue(ZH.types().contains(s.get(i).type()));
      for (int j = i + 1; j < s.size(); j++) {
        assertFalse(s.get(i).overlaps(s.get(j)), s.get(i) + " overlaps " + s.get(j));
      }
    }
  }

  @Test
  void sameResultsFromSeveralThreads() throws Exception {
    List<String> texts = List.of(
        "张三的手机号是13812345678，住在北京市海淀区中关村大街1号。",
        "欧阳娜娜和司马光在上海见到了王总和李老师。",
        "中国工商银行北京分行行长王小明会见了美国花旗银行代表。",
        "法国总理若斯潘在记者招待会上说，中法关系发展良好。",
        "Contact 王小明 at Acme Corp, 电话 010-62345678",
        "广东省深圳市南山区深南大道9988号3栋2单元501室的李女士");
    List<List<String>> expected = texts.stream().map(ChineseNerDetectorTest::found).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(pool.submit(() -> {
          for (int round = 0; round < 50; round++) {
            for (int i = 0; i < texts.size(); i++) {
              if (!found(texts.get(i)).equals(expected.get(i))) {
                return false;
              }
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> r : results) {
        assertTrue(r.get(), "a thread saw different spans");
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void typesAndOptions() {
    assertEquals(java.util.Set.of(EntityType.PERSON, EntityType.LOCATION, EntityType.ADDRESS,
        EntityType.ORGANIZATION), ZH.types());
    assertThrows(IllegalArgumentException.class,
        () -> new ChineseNerProvider().create(Map.of("organisations", "hmm")));
    assertThrows(IllegalArgumentException.class,
        () -> new ChineseNerProvider().create(Map.of("organizations", "crf")));
  }
}
