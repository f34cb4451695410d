Feature: Cinema listings
  Running times are listed as hours and two-digit minutes, for example "2h 05m".

  Scenario Outline: showing a film's running time
    Given a film that runs for <minutes> minutes
    When the listing is printed
    Then the running time reads "<runtime>"

    Examples:
      | minutes | runtime |
      | 125     | 2h 05m  |
      | 90      | 1h 30m  |
      | 60      | 1h 00m  |
      | 45      | 0h 45m  |
      | 181     | 3h 01m  |
      | 200     | 3h 20m  |
