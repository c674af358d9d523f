// What a local server answers to the admin examples: an organization with three projects, two members, a group and a
// service account, and last month's usage and costs, paged as the API pages them.

const DAY = 86_400;
const now = () => Math.floor(Date.now() / 1000);

export const projects = [
  { id: 'proj_web', object: 'organization.project', name: 'Web shop', created_at: 1_767_225_600, status: 'active' },
  {
    id: 'proj_data',
    object: 'organization.project',
    name: 'Data, "nightly"',
    created_at: 1_767_225_600,
    status: 'active',
  },
  { id: 'proj_old', object: 'organization.project', name: 'Old bot', created_at: 1_735_689_600, status: 'archived' },
];

export const members = [
  {
    object: 'organization.user',
    id: 'user_ada',
    name: 'Ada',
    email: 'ada@example.com',
    role: 'owner',
    added_at: 1_767_225_600,
  },
  {
    object: 'organization.user',
    id: 'user_bob',
    name: 'Bob',
    email: 'bob@example.com',
    role: 'reader',
    added_at: 1_767_225_600,
  },
];

/** A list that pages by `after`, two items a page. */
export function listReply(items, size = 2) {
  return (request) => {
    const after = request.query.get('after');
    const start = after === null ? 0 : items.findIndex((item) => item.id === after) + 1;
    const data = items.slice(start, start + size);
    const has_more = start + size < items.length;
    return {
      json: { object: 'list', data, first_id: data[0]?.id ?? null, last_id: data.at(-1)?.id ?? null, has_more },
    };
  };
}

/** A usage or costs list: one bucket a day from the query's `start_time` to its `end_time`, seven a page. */
export function bucketsReply(resultsOfDay) {
  return (request) => {
    const start = Number(request.query.get('start_time'));
    const end = Number(request.query.get('end_time') ?? now());
    const from = Number(request.query.get('page') ?? start);
    const buckets = [];
    for (let day = from; day < end && buckets.length < 7; day += DAY) {
      buckets.push({
        object: 'bucket',
        start_time: day,
        end_time: day + DAY,
        results: resultsOfDay((day - start) / DAY),
      });
    }
    const next = from + buckets.length * DAY;
    const has_more = next < end;
    return { json: { object: 'page', data: buckets, has_more, next_page: has_more ? String(next) : null } };
  };
}
