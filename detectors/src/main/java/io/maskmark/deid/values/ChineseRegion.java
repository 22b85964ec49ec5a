package io.maskmark.deid.values;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The province- and city-level prefix of a Chinese address (广东省深圳市南山区… -> 广东省, 深圳市).
 * Addresses are written from the largest unit down, so the prefix is what generalisation keeps.
 *
 * @param province province-level unit as written (广东省, 广东, 北京市, 内蒙古自治区), or null
 * @param city     prefecture-level city as written (深圳市, 深圳), or null; for the four
 *                 municipalities it equals {@code province}
 * @param rest     offset where the part below the city starts
 */
public record ChineseRegion(String province, String city, int rest) {

  /**
   * The 34 province-level divisions (GB/T 2260 names, short form), written out here: public
   * administrative names. Longest first where one is a prefix of another.
   */
  private static final List<String> PROVINCES = List.of(
      "黑龙江", "内蒙古", "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "江苏", "浙江",
      "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西",
      "甘肃", "青海", "台湾", "广西", "西藏", "宁夏", "新疆", "香港", "澳门");
  private static final List<String> MUNICIPALITIES = List.of("北京", "天津", "上海", "重庆");
  /** Suffixes a province-level name may carry, longest first. */
  private static final List<String> PROVINCE_SUFFIXES = List.of(
      "维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市");
  private static final Pattern CITY = Pattern.compile("^\\p{IsHan}{1,7}?(?:自治州|地区|盟|市)");

  /** The region prefix of {@code address}, if it starts with a recognisable province or city. */
  public static Optional<ChineseRegion> parse(String address) {
    String a = address.strip();
    int offset = address.length() - address.stripLeading().length();
    String province = null;
    int i = 0;
    for (String p : PROVINCES) {
      if (a.startsWith(p)) {
        i = p.length();
        for (String suffix : PROVINCE_SUFFIXES) {
          if (a.startsWith(suffix, i)) {
            i += suffix.length();
            break;
          }
        }
        province = a.substring(0, i);
        if (MUNICIPALITIES.contains(p)) {
          return Optional.of(new ChineseRegion(province, province, offset + i));
        }
        break;
      }
    }
    String city = null;
    Matcher m = CITY.matcher(a.substring(i));
    if (m.find()) {
      city = m.group();
    } else {
      for (String c : FakerLists.get().zhCities) {
        if (a.startsWith(c, i)) {
          city = c;
          break;
        }
      }
    }
    if (province == null && city == null) {
      return Optional.empty();
    }
    int end = i + (city == null ? 0 : city.length());
    return Optional.of(new ChineseRegion(province, city, offset + end));
  }

  /** The prefix down to the city (province + city, or what of it is known). */
  public String cityLevel() {
    if (city != null && city.equals(province)) {
      return city;
    }
    return (province == null ? "" : province) + (city == null ? "" : city);
  }

  /** The province, or null when the address names only a city. */
  public String provinceLevel() {
    return province;
  }
}
