Feature: Camera file names

  Scenario Outline: naming a new photo
    Given a photo taken on "<date>"
    And it is picture number <number> of that day
    When the camera saves the photo
    Then the file is called "<file>"

    Examples:
      | date       | number | file                  |
      | 19/06/2026 | 3      | IMG_20260619_0003.JPG |
      | 02/10/2026 | 250    | IMG_20261002_0250.JPG |
      | 28/02/2027 | 1234   | IMG_20270228_1234.JPG |
      | 30/04/2026 | 88     | IMG_20260430_0088.JPG |
      | 11/12/2026 | 5000   | IMG_20261211_5000.JPG |
