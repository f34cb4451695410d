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
      | 300     | 400     | 200   | 300   | 50   | 50  |
      | 300     | 400     | 210   | 297   | 45   | 52  |
      | 305     | 405     | 210   | 297   | 48   | 54  |
      | 400     | 500     | 297   | 420   | 52   | 40  |
      | 250     | 250     | 150   | 150   | 50   | 50  |
      | 254     | 203     | 152   | 102   | 51   | 51  |
      | 500     | 700     | 420   | 594   | 40   | 53  |
      | 356     | 279     | 254   | 152   | 51   | 64  |
      | 406     | 508     | 300   | 400   | 53   | 54  |
