Feature: Cinema listings
  Running times are listed as hours and two-digit minutes, for example "2h 05m".

  Scenario Outline: showing a film's running time
    Given a film that runs for <minutes> minutes
    When the listing is printed
    Then the running time reads "<runtime>"

    Examples:
      | minutes | runtime |
      | 59      | 0h 59m  |
      | 600     | 10h 00m |
      | 61      | 1h 01m  |
      | 142     | 2h 22m  |
      | 8       | 0h 08m  |
