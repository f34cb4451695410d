Feature: Picture mount borders
  The framer centres the picture in the mount. Each side border is half of the spare width and
  the top and bottom borders are half of the spare height, each to the nearest whole
  millimetre with halves rounded up.

  Scenario Outline: cutting the window in the mount
    Given the mount is <mount_w> mm wide and <mount_h> mm high
    And the picture is <pic_w> mm wide and <pic_h> mm high
    When the mount window is centred
    Then the side borders are <side> mm
    And the top and bottom borders are <top> mm

    Examples:
      | mount_w | mount_h | pic_w | pic_h | side | top |
      | 600     | 800     | 420   | 594   | 90   | 103 |
      | 203     | 254     | 102   | 152   | 51   | 51  |
      | 700     | 1000    | 500   | 700   | 100  | 150 |
      | 301     | 301     | 100   | 100   | 101  | 101 |
      | 1000    | 700     | 841   | 594   | 80   | 53  |
      | 180     | 240     | 130   | 180   | 25   | 30  |
