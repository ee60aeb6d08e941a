/**
 * Grafana's captured Prometheus exemplar frame: the first frame (`exemplar`, 62 rows) of
 * `grafana/grafana` `pkg/promlib/testdata/exemplar.result.golden.jsonc` at commit
 * 548e493937488273622ed41571933ffc02d0b789 (Tempo span metrics of the "mythical" demo; 5 of its 62 trace IDs
 * have 31 digits because Tempo trims leading zeros).
 *
 * Trimmed to what the tests need: the fields `Time`, `Value`, `service`, `span_name` and `traceID`, every row,
 * values exactly as in the golden file, in its field order. Left out: `__name__`, `group`, `http_method`,
 * `http_target`, `instance`, `le`, `source`, `span_kind`, `span_status`. `service` is spelled as a string of
 * S (mythical-server) / R (mythical-requester) to keep the file short; the frame carries the full names.
 */
import { DataFrame, DataTopic, FieldType } from '@grafana/data';

const TIME_MS = [
    1654086511809, 1654086516810, 1654086516810, 1654086516810, 1654086521809, 1654086526809,
    1654086526809, 1654086536809, 1654086546809, 1654086546809, 1654086546809, 1654086561810,
    1654086566809, 1654086566809, 1654086571809, 1654086576810, 1654086576810, 1654086586809,
    1654086591809, 1654086591809, 1654086601809, 1654086606809, 1654086616810, 1654086621809,
    1654086626810, 1654086631809, 1654086636809, 1654086641809, 1654086646809, 1654086651809,
    1654086651809, 1654086661809, 1654086666809, 1654086666809, 1654086676809, 1654086676809,
    1654086686809, 1654086696809, 1654086701809, 1654086701809, 1654086706809, 1654086716809,
    1654086716809, 1654086721809, 1654086721809, 1654086731809, 1654086731809, 1654086741809,
    1654086741809, 1654086746809, 1654086751809, 1654086761809, 1654086761809, 1654086766809,
    1654086766809, 1654086776809, 1654086786809, 1654086786809, 1654086791809, 1654086796809,
    1654086801809, 1654086801809,
];

const VALUE_S = [
    0.001162, 0.134971, 0.090381, 0.029188, 0.05719, 0.071953, 0.041812, 0.013244,
    0.070504, 0.038753, 0.010491, 0.01785, 0.074616, 0.046192, 0.067413, 0.038985,
    0.010387, 0.055778, 0.090068, 0.026474, 0.020916, 0.051105, 0.010103, 0.038904,
    0.069116, 0.036012, 0.06704, 0.007759, 0.046809, 0.076668, 0.01864, 0.037142,
    0.066299, 0.008877, 0.072569, 0.038946, 0.010457, 0.021391, 0.089991, 0.049446,
    0.011579, 0.068599, 0.039792, 0.067805, 0.010759, 0.099291, 0.039441, 0.06673,
    0.03671, 0.008554, 0.039395, 0.071128, 0.010549, 0.043282, 0.014027, 0.072983,
    0.070787, 0.009928, 0.037937, 0.010333, 0.067877, 0.038846,
];

const SERVICE = 'SRSSRRSRRSSRRSRSSRRSRRRSRSRRSRSSRSRSSSRRSRSRRRSRSSSRRSRRRSSSRS';

const SPAN_NAME = [
    "pg.query:INSERT", "requester", "HTTP POST", "GET /:endpoint", "requester", "requester",
    "GET /:endpoint", "log_to_loki", "requester", "GET /:endpoint", "pg.query:INSERT", "log_to_loki",
    "requester", "dns.lookup", "requester", "GET /:endpoint", "pg.query:DELETE", "requester",
    "requester", "GET /:endpoint", "requester", "requester", "log_to_loki", "GET /:endpoint",
    "requester", "GET /:endpoint", "requester", "log_to_loki", "GET /:endpoint", "requester",
    "dns.lookup", "pg.query:INSERT", "requester", "tcp.connect", "requester", "HTTP POST",
    "pg.query:INSERT", "HTTP POST", "requester", "requester", "POST /:endpoint", "requester",
    "GET /:endpoint", "requester", "requester", "requester", "pg.query:SELECT", "requester",
    "GET /:endpoint", "HTTP POST", "GET /:endpoint", "requester", "requester", "HTTP POST",
    "log_to_loki", "requester", "requester", "pg.query:SELECT", "GET /:endpoint", "pg.query:DELETE",
    "requester", "tcp.connect",
];

export const GRAFANA_EXEMPLAR_TRACE_IDS = [
    "94809f37ec6cc984f2eb2b14a9f8036e", "46e15ae41852149068aeb26c64643c29", "46e15ae41852149068aeb26c64643c29",
    "1e58dc2083eceb454846f9ab343a79ff", "d6ff032e85e6e5719a1f6b923042765f", "b12280a11924d98f7001f9b03779c6bc",
    "b12280a11924d98f7001f9b03779c6bc", "43cd491719146ad9c706d73b4870512c", "e08c737b2dc96959a8dda2cb76c91de7",
    "654d578991bcc53c7de88912a8660488", "8dec2e77ca64f1cc665afc43b3b1623f", "e5f765faeb401c335355e0bb79e33b83",
    "68d98aae947863f11a7863cd92421038", "61386de633427db6bb2e5fd216518b3c", "a17f9f61386f57e7ef85acedc120f82",
    "3b4e33abe16c115448759924138cc775", "ccfb65171f9957871c792f9e7ba4caf0", "62110ace7888d4e116a0d6182e3ef880",
    "1c5d32e0675734a7d86c6146cfef54e1", "ee885d6d0fa1949978667532d7b50b40", "45128087f18fb412c24394ed10826446",
    "3855df04789862c55b23ca3726fd700a", "ff6a99aa5fd60f6fbcf0f838164f87ea", "ca2f23783ee1c390e446f02f7a27cf4",
    "2699255777b784b20c8e42bb7889f607", "72c7ff318a7bb17b6e38aa0f4e94c955", "78b31a3856158fb296920170f15b2663",
    "e81a28f6ee9b468cdac757b825b17623", "a5277cb54e46140aa3ae489109e1ebc8", "9ed79aa36a4c6b4c53c7f54e77e6489c",
    "9ed79aa36a4c6b4c53c7f54e77e6489c", "5ec0bc7cc644f654c04190b1cc16d39", "2d6bde392e5b69cb55588219ce605cbc",
    "7c42490bd4361a83bb8ee827b89387ae", "1b9024f2c2042d52b82d22c36597ec3f", "1b9024f2c2042d52b82d22c36597ec3f",
    "da0d4ef26ef65b5d9c446a51b8662895", "b1a28a72cc2a4991b2cec793530d605", "c642d0d7df516be0390080402991b79f",
    "a05d1517c61ea0c4ab76b39ab645c9b6", "2dc68b746bbd6c6958f25c3dbb1ea110", "ec7dc9dd4096d36ebf564427bf30abc8",
    "da805bfda5683c80b9a5538c17346217", "3835f629b97ac7869de9a839b1e2bf2a", "1f2e6add2566d120c876e5e4f4602432",
    "efa3c8aa7380ae77e734f6f655d9c782", "312e6ef8f9d9b4ffbb4470e772f43660", "135989a5bb785b94d339caf672590634",
    "a58a30a5caee0a451e7b1ae24bc1e33e", "d4c096aa222e1016b67de881f80978d8", "3eefbe3d5fb80a96325688a69c5597e3",
    "5384591d9cd576d73f86cbe1803d2a46", "4f1660168b2dcf5a40474d08a587e8dd", "bd11e06766d5a045d69b201a9c442258",
    "60d05233bc4ccb745055ef19af359686", "a3374ca45cd256cc5bdb6f482c0a2856", "a30c5021f274710636e84eca64343b4",
    "54b4e0377ac7c101278b68134853562a", "32dfe6e357ffbb98e7148104e2d660a4", "a11a727138a3de7ca030687340bd19b0",
    "a11c1d3d300f07b1e5d688e96069f76b", "83bf586cc62842c3187106bb40a6793d",
];

/** The frame as Grafana's Prometheus data source hands it to a panel (in `PanelData.annotations`). */
export function grafanaCapturedExemplarFrame(refId = 'A'): DataFrame {
  const string = (name: string, values: string[]) => ({ name, type: FieldType.string, config: {}, values });
  return {
    name: 'exemplar',
    refId,
    length: TIME_MS.length,
    meta: { typeVersion: [0, 0], custom: { resultType: 'exemplar' }, dataTopic: DataTopic.Annotations },
    fields: [
      { name: 'Time', type: FieldType.time, config: {}, values: [...TIME_MS] },
      { name: 'Value', type: FieldType.number, config: {}, values: [...VALUE_S] },
      string('service', [...SERVICE].map((c) => (c === 'S' ? 'mythical-server' : 'mythical-requester'))),
      string('span_name', [...SPAN_NAME]),
      string('traceID', [...GRAFANA_EXEMPLAR_TRACE_IDS]),
    ],
  };
}
