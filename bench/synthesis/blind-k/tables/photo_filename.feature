Feature: Camera file names

  Scenario Outline: naming a new photo
    Given a photo taken on "<date>"
    And it is picture number <number> of that day
    When the camera saves the photo
    Then the file is called "<file>"

    Examples:
      | date       | number | file                  |
      | 04/07/2026 | 1      | IMG_20260704_0001.JPG |
      | 04/07/2026 | 42     | IMG_20260704_0042.JPG |
      | 25/12/2026 | 7      | IMG_20261225_0007.JPG |
      | 01/01/2027 | 999    | IMG_20270101_0999.JPG |
      | 31/03/2026 | 1000   | IMG_20260331_1000.JPG |
      | 13/02/2026 | 9999   | IMG_20260213_9999.JPG |
      | 09/11/2026 | 120    | IMG_20261109_0120.JPG |
      | 15/08/2026 | 10     | IMG_20260815_0010.JPG |
